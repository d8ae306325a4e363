using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContractorAiReview.Web.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class Organisations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Departments_Bureau_Section",
                table: "Departments");

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "Departments",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsActive",
                table: "Departments",
                type: "INTEGER",
                nullable: false,
                defaultValue: true); // existing departments stay in use

            migrationBuilder.AddColumn<string>(
                name: "Name",
                table: "Departments",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ContractNumber",
                table: "Contracts",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TermEnd",
                table: "Contracts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TermStart",
                table: "Contracts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Type",
                table: "Contracts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "CorporateNumber",
                table: "Contractors",
                type: "TEXT",
                fixedLength: true,
                maxLength: 13,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsDesignatedManager",
                table: "Contractors",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Departments created before the name became a column.
            migrationBuilder.Sql("UPDATE \"Departments\" SET \"Name\" = \"Bureau\" || \"Section\";");

            migrationBuilder.CreateIndex(
                name: "IX_Departments_Name",
                table: "Departments",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_FiscalYear_ContractNumber",
                table: "Contracts",
                columns: new[] { "FiscalYear", "ContractNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contractors_CorporateNumber",
                table: "Contractors",
                column: "CorporateNumber",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Departments_Name",
                table: "Departments");

            migrationBuilder.DropIndex(
                name: "IX_Contracts_FiscalYear_ContractNumber",
                table: "Contracts");

            migrationBuilder.DropIndex(
                name: "IX_Contractors_CorporateNumber",
                table: "Contractors");

            migrationBuilder.DropColumn(
                name: "Email",
                table: "Departments");

            migrationBuilder.DropColumn(
                name: "IsActive",
                table: "Departments");

            migrationBuilder.DropColumn(
                name: "Name",
                table: "Departments");

            migrationBuilder.DropColumn(
                name: "ContractNumber",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "TermEnd",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "TermStart",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "Type",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "CorporateNumber",
                table: "Contractors");

            migrationBuilder.DropColumn(
                name: "IsDesignatedManager",
                table: "Contractors");

            migrationBuilder.CreateIndex(
                name: "IX_Departments_Bureau_Section",
                table: "Departments",
                columns: new[] { "Bureau", "Section" },
                unique: true);
        }
    }
}

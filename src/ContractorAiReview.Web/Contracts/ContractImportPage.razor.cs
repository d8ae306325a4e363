using ContractorAiReview.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ContractorAiReview.Web.Contracts;

public partial class ContractImportPage
{
    private byte[]? _content;
    private string? _fileName;
    private string? _fileError;
    private CsvEncodingChoice _encoding = CsvEncodingChoice.Detect;
    private ImportPreview? _preview;
    private bool _importing;

    [Inject]
    private ContractCommands Contracts { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<Strings> Localizer { get; set; } = default!;

    private string ColumnHelp(string column) => column switch
    {
        ContractCsvImport.Columns.Kind => string.Join("／", ContractCsvImport.KindWords.Keys),
        ContractCsvImport.Columns.Type => string.Join("／", ContractCsvImport.TypeWords.Keys),
        ContractCsvImport.Columns.Name => Localizer["Import.Help.Name"],
        ContractCsvImport.Columns.Number => Localizer["Import.Help.Number"],
        ContractCsvImport.Columns.FiscalYear => Localizer["Import.Help.FiscalYear"],
        ContractCsvImport.Columns.Department => Localizer["Import.Help.Department"],
        ContractCsvImport.Columns.Contractor => Localizer["Import.Help.Contractor"],
        _ => Localizer["Import.Help.Term"],
    };

    private async Task OnFileChosenAsync(IBrowserFile? file)
    {
        _preview = null;
        _content = null;
        _fileError = null;
        if (file is null)
        {
            return;
        }

        _fileName = file.Name;
        // Refused before reading: the browser says how large the file is.
        if (file.Size > ContractCsvImport.MaxBytes)
        {
            _fileError = Localizer["Import.TooLarge", ContractCsvImport.MaxBytes / 1024 / 1024];
            return;
        }

        using var buffer = new MemoryStream();
        await using (var stream = file.OpenReadStream(ContractCsvImport.MaxBytes))
        {
            await stream.CopyToAsync(buffer);
        }

        _content = buffer.ToArray();
        await PreviewAsync();
    }

    private async Task OnEncodingChangedAsync(CsvEncodingChoice encoding)
    {
        _encoding = encoding;
        await PreviewAsync();
    }

    private async Task PreviewAsync()
    {
        if (_content is not null)
        {
            _preview = await Contracts.PreviewImportAsync(await GetCurrentUserAsync(), _content, _encoding);
        }
    }

    private async Task ImportAsync()
    {
        _importing = true;
        var result = await Contracts.ImportAsync(await GetCurrentUserAsync(), _content!, _encoding);
        _importing = false;
        if (result.Succeeded)
        {
            Snackbar.Add(Localizer["Import.Done", result.Id ?? 0], Severity.Success);
            Navigation.NavigateTo("contracts");
            return;
        }

        Snackbar.Add(result.Explain(Localizer), Severity.Error);
        await PreviewAsync();
    }
}

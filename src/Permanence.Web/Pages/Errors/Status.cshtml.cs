using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Permanence.Web.Pages.Errors;

/// <summary>Error pages in GOV.UK wording. They never say whether a record exists elsewhere.</summary>
[IgnoreAntiforgeryToken]
public class StatusModel : PageModel
{
    public string Title { get; private set; } = "";

    public IReadOnlyList<string> Lines { get; private set; } = [];

    public void OnGet(int code) => Set(code);

    public void OnPost(int code) => Set(code);

    private void Set(int code)
    {
        (Title, Lines) = code switch
        {
            404 => ("Page not found", (IReadOnlyList<string>)["If you typed the web address, check it is correct.", "If you followed a link to a record, you may not have access to it."]),
            403 => ("You do not have access to this page", ["Your role does not allow it. If you think you need access, ask your administrator."]),
            429 => ("Too many attempts", ["You have tried too many times in a short time. Wait a minute, then try again."]),
            400 => ("There is a problem with your request", ["Go back and try again."]),
            _ => ("Sorry, there is a problem with the service", ["Try again later. Nothing you entered has been saved."]),
        };
    }
}

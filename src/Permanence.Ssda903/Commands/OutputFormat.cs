namespace Permanence.Ssda903.Commands;

public enum OutputFormat
{
    Table,
    Json,
    Xlsx,
}

/// <summary>The CLI's exit codes for SSDA903 commands.</summary>
public static class ExitCodes
{
    public const int Clean = 0;
    public const int ValidationErrors = 1;

    /// <summary>The files cannot be read (or the command was given something it cannot use).</summary>
    public const int Unreadable = 2;
}

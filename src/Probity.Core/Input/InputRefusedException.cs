namespace Probity.Core.Input;

/// <summary>
/// Thrown by a host's reader when the bytes it reads cannot become text (not UTF-8, a lone surrogate, longer than the
/// limit): Core's readers turn it into a problem at <see cref="Line"/> (the line the bad bytes are on, when known)
/// and stop reading that file.
/// </summary>
public sealed class InputRefusedException : Exception
{
    public InputRefusedException(int? line, string message) : base(message) => Line = line;

    public InputRefusedException() { }

    public InputRefusedException(string message) : base(message) { }

    public InputRefusedException(string message, Exception inner) : base(message, inner) { }

    public int? Line { get; }
}

using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Probity.Core.Input;

namespace Probity.Exchange.Input;

/// <summary>
/// Reads an input file's bytes as text, strictly: an invalid UTF-8 byte, half a UTF-16 surrogate pair, a UTF-16 file
/// where UTF-8 was expected or a spreadsheet where text was expected is refused with an <see cref="InputRefusedException"/>
/// that names the line it is on, after every character before it has been read — never silently replaced. A byte-order
/// mark is skipped. It never reads more than the size limit, even from a file that grows while it is read.
/// </summary>
public sealed class InputTextReader : TextReader
{
    private const string SaveAsUtf8 = "save it from Excel as \"CSV UTF-8 (Comma delimited)\", or as UTF-8 from another program";
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private readonly Stream _stream;
    private readonly InputEncoding _chosen;
    private readonly long _maxBytes;
    private readonly ReadingLimit _sizeLimit;
    private readonly EncodingChoice? _choice;
    private readonly byte[] _bytes = new byte[64 * 1024];
    private readonly char[] _chars = new char[64 * 1024];
    private Decoder? _singleByte;
    private InputEncoding _encoding;
    private bool _bigEndian;
    private int _bytePos, _byteLen, _charPos, _charLen;
    private long _bytesRead;
    private bool _eof, _started;
    private int _line = 1;
    private InputRefusedException? _refusal;

    public InputTextReader(Stream stream, InputEncoding encoding, long maxBytes, ReadingLimit sizeLimit, EncodingChoice? choice = null)
    {
        _stream = stream;
        _chosen = _encoding = encoding;
        _maxBytes = maxBytes;
        _sizeLimit = sizeLimit;
        _choice = choice;
    }

    /// <summary>The encoding the text is read in: the one chosen, or the one its byte-order mark names.</summary>
    public InputEncoding Encoding => _encoding;

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty) return 0;
        if (_charPos == _charLen && !Fill()) return 0;
        var n = Math.Min(buffer.Length, _charLen - _charPos);
        _chars.AsSpan(_charPos, n).CopyTo(buffer);
        _charPos += n;
        return n;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read() => _charPos == _charLen && !Fill() ? -1 : _chars[_charPos++];

    public override int Peek() => _charPos == _charLen && !Fill() ? -1 : _chars[_charPos];

    protected override void Dispose(bool disposing)
    {
        if (disposing) _stream.Dispose();
        base.Dispose(disposing);
    }

    // Decodes the next characters into _chars; false at the end of the text. A refusal is thrown at the point it is
    // reached, after the characters before it, so the reader's line count is the line the bad bytes are on.
    private bool Fill()
    {
        _charPos = _charLen = 0;
        while (true)
        {
            if (_refusal is not null) throw _refusal;
            if (!_eof && (_byteLen - _bytePos < 4 || !_started)) ReadBytes();
            if (!_started && !Start()) continue;
            var written = Decode();
            if (written > 0)
            {
                _charLen = written;
                _line += _chars.AsSpan(0, written).Count('\n');
                return true;
            }
            if (_refusal is not null) continue;
            if (_eof && _bytePos == _byteLen) return false;
            if (_eof) _refusal = new InputRefusedException(_line, "the file ends in the middle of a character; it is cut short or not text");
        }
    }

    private void ReadBytes()
    {
        if (_bytePos > 0)
        {
            _bytes.AsSpan(_bytePos, _byteLen - _bytePos).CopyTo(_bytes);
            _byteLen -= _bytePos;
            _bytePos = 0;
        }
        while (_byteLen < _bytes.Length)
        {
            var n = _stream.Read(_bytes, _byteLen, _bytes.Length - _byteLen);
            if (n == 0)
            {
                _eof = true;
                return;
            }
            _byteLen += n;
            _bytesRead += n;
            if (_bytesRead > _maxBytes)
                throw new InputRefusedException(_line, "the file " + InputFile.TooLarge(_bytesRead, _maxBytes, _sizeLimit));
            if (_byteLen >= 4) return;
        }
    }

    // The first bytes: a byte-order mark settles the encoding; a ZIP file (a spreadsheet) or UTF-16 where UTF-8 is
    // expected is refused with how to save it as UTF-8 text.
    private bool Start()
    {
        if (_byteLen < 4 && !_eof) return false;
        _started = true;
        var head = _bytes.AsSpan(0, _byteLen);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            _encoding = InputEncoding.Utf8;
            _bytePos = 3;
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            if (_chosen != InputEncoding.Utf16)
                _refusal = new InputRefusedException(1, "the file is UTF-16 text (as Excel's \"Unicode Text\" saves it), not UTF-8; " + Advice(InputEncoding.Utf16));
            _encoding = InputEncoding.Utf16;
            _bigEndian = head[0] == 0xFE;
            _bytePos = 2;
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]))
        {
            _refusal = new InputRefusedException(1, "the file is a spreadsheet or other ZIP file (such as .xlsx), not CSV text; " + SaveAsUtf8);
        }
        return true;
    }

    private string Advice(InputEncoding encoding) =>
        _choice is null ? SaveAsUtf8 : $"read it with {_choice.Choose(encoding)}, or {SaveAsUtf8}";

    private int Decode() => _encoding switch
    {
        InputEncoding.Utf8 => DecodeUtf8(),
        InputEncoding.Utf16 => DecodeUtf16(),
        _ => DecodeSingleByte(),
    };

    private int DecodeUtf8()
    {
        var status = Utf8.ToUtf16(_bytes.AsSpan(_bytePos, _byteLen - _bytePos), _chars, out var read, out var written,
            replaceInvalidSequences: false, isFinalBlock: _eof);
        _bytePos += read;
        if (status == OperationStatus.InvalidData && written == 0)
        {
            var bad = _bytes[_bytePos];
            var guess = bad >= 0x80 ? $" (\"{Windows1252.GetString([bad])}\" in Windows-1252, the encoding of Excel's \"CSV (Comma delimited)\")" : "";
            _refusal = new InputRefusedException(_line, $"the file is not UTF-8 text: byte 0x{bad:X2}{guess} is not UTF-8; {Advice(InputEncoding.Windows1252)}");
        }
        return written;
    }

    private int DecodeSingleByte()
    {
        _singleByte ??= Windows1252.GetDecoder();
        _singleByte.Convert(_bytes.AsSpan(_bytePos, _byteLen - _bytePos), _chars, _eof, out var read, out var written, out _);
        _bytePos += read;
        return written;
    }

    private int DecodeUtf16()
    {
        var written = 0;
        while (_byteLen - _bytePos >= 2 && written < _chars.Length - 1)
        {
            var unit = Unit(_bytePos);
            if (char.IsLowSurrogate(unit)) return Half(written);
            if (!char.IsHighSurrogate(unit))
            {
                _chars[written++] = unit;
                _bytePos += 2;
                continue;
            }
            if (_byteLen - _bytePos < 4)
            {
                if (_eof) return Half(written);
                break;
            }
            if (!char.IsLowSurrogate(Unit(_bytePos + 2))) return Half(written);
            _chars[written++] = unit;
            _chars[written++] = Unit(_bytePos + 2);
            _bytePos += 4;
        }
        return written;
    }

    private char Unit(int at) => (char)(_bigEndian ? _bytes[at] << 8 | _bytes[at + 1] : _bytes[at + 1] << 8 | _bytes[at]);

    // Half a surrogate pair is refused once the characters before it have been read.
    private int Half(int written)
    {
        if (written == 0) _refusal = new InputRefusedException(_line, "the UTF-16 text holds half of a surrogate pair; it is damaged or not UTF-16");
        return written;
    }
}

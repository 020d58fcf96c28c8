namespace Probity.Explore.Questions;

/// <summary>
/// Reads a filter such as <c>year=2019/20 and sex=female and (rosh in (high, very-high) or not iom=yes)</c>. Values are
/// bare words (letters, digits and <c>-_./:</c>) or quoted with " or ' when they hold spaces. Keywords are any case.
/// </summary>
public static class FilterParser
{
    public static FilterSyntax? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var reader = new Reader(text);
        var filter = reader.Or();
        if (!reader.AtEnd) throw Reader.Error($"expected \"and\", \"or\" or the end of the filter but found {reader.Describe()}");
        return filter;
    }

    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase) { "and", "or", "not", "in" };

    private sealed class Reader(string text)
    {
        private int _at;

        public bool AtEnd
        {
            get
            {
                SkipSpaces();
                return _at >= text.Length;
            }
        }

        public FilterSyntax Or()
        {
            var left = And();
            while (Keyword("or")) left = new OrSyntax(left, And());
            return left;
        }

        private FilterSyntax And()
        {
            var left = Unary();
            while (Keyword("and")) left = new AndSyntax(left, Unary());
            return left;
        }

        private FilterSyntax Unary()
        {
            if (Keyword("not")) return new NotSyntax(Unary());
            if (Symbol("("))
            {
                var inner = Or();
                if (!Symbol(")")) throw Error($"expected \")\" to close the bracket but found {Describe()}");
                return inner;
            }
            return Condition();
        }

        private ConditionSyntax Condition()
        {
            var at = _at;
            var name = Word();
            if (name is null || Keywords.Contains(name))
            {
                _at = at;
                throw Error($"expected an attribute such as sex or rosh but found {Describe()}");
            }
            if (Keyword("in")) return new ConditionSyntax(name, Comparison.In, List(name));
            if (Keyword("not"))
            {
                if (!Keyword("in")) throw Error($"expected \"in\" after \"{name} not\"");
                return new ConditionSyntax(name, Comparison.NotIn, List(name));
            }
            var comparison = Symbol("!=") ? Comparison.NotEqual
                : Symbol("<=") ? Comparison.LessOrEqual
                : Symbol(">=") ? Comparison.GreaterOrEqual
                : Symbol("=") ? Comparison.Equal
                : Symbol("<") ? Comparison.Less
                : Symbol(">") ? Comparison.Greater
                : throw Error($"expected =, !=, in or a comparison after \"{name}\" but found {Describe()}");
            return new ConditionSyntax(name, comparison, [Value(name)]);
        }

        private List<string> List(string name)
        {
            if (!Symbol("(")) throw Error($"expected \"(\" and a list of values after \"{name} in\"");
            var values = new List<string> { Value(name) };
            while (Symbol(",")) values.Add(Value(name));
            if (!Symbol(")")) throw Error($"expected \",\" or \")\" in the list of values of {name} but found {Describe()}");
            return values;
        }

        private string Value(string name)
        {
            SkipSpaces();
            if (_at < text.Length && text[_at] is '"' or '\'')
            {
                var quote = text[_at];
                var end = text.IndexOf(quote, _at + 1);
                if (end < 0) throw Error($"the quoted value of {name} has no closing {quote}");
                var value = text[(_at + 1)..end];
                _at = end + 1;
                return value;
            }
            return Word() ?? throw Error($"expected a value of {name} but found {Describe()}");
        }

        private string? Word()
        {
            SkipSpaces();
            var start = _at;
            while (_at < text.Length && (char.IsLetterOrDigit(text[_at]) || text[_at] is '-' or '_' or '.' or '/' or ':')) _at++;
            return _at > start ? text[start.._at] : null;
        }

        private bool Keyword(string keyword)
        {
            SkipSpaces();
            var end = _at + keyword.Length;
            if (end > text.Length || !text.AsSpan(_at, keyword.Length).Equals(keyword, StringComparison.OrdinalIgnoreCase)) return false;
            if (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '-' or '_' or '.' or '/' or ':')) return false;
            _at = end;
            return true;
        }

        private bool Symbol(string symbol)
        {
            SkipSpaces();
            if (!text.AsSpan(_at).StartsWith(symbol, StringComparison.Ordinal)) return false;
            _at += symbol.Length;
            return true;
        }

        private void SkipSpaces()
        {
            while (_at < text.Length && char.IsWhiteSpace(text[_at])) _at++;
        }

        public string Describe() => AtEnd ? "the end of the filter" : $"\"{text[_at..Math.Min(text.Length, _at + 12)]}\" at character {_at + 1}";

        public static QuestionException Error(string message) => new(message);
    }
}

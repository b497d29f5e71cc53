using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Core.Validation;

/// <summary>
/// A condition on a leaderboard's rows written as text, for holdout rules a threshold cannot express, such as seed
/// 003's "FLOPs &gt; 6e21 or tokens-per-parameter = 160": <c>flops &gt; 6e21 or tpr = 160</c>.
/// </summary>
/// <remarks>
/// Grammar: comparisons <c>column op value</c> (op one of <c>&gt; &gt;= &lt; &lt;= = != </c>) joined by <c>and</c>,
/// <c>or</c>, <c>not</c> and parentheses, <c>and</c> binding tighter than <c>or</c>. A column name is a bare word
/// (letters, digits and <c>_ . | @ % - + / :</c>, so headers like <c>arc_easy|acc_norm</c> need no quotes) or is
/// quoted with backticks. Numbers are read like cells (<c>6e21</c>, <c>7B</c>, <c>54%</c> = 0.54) and compared with the
/// column's stored values, which have the header's unit applied (a "Params (B)" column holds 7e9 for "7").
/// Text columns take <c>=</c> and <c>!=</c> with a bare word or a quoted string, ignoring case. A missing cell fails
/// every comparison, so <c>not</c> of one holds: a rule never silently validates on rows it cannot read unless asked.
/// </remarks>
public sealed class RowCondition
{
    private readonly Func<int, bool> _holds;

    private RowCondition(Func<int, bool> holds, string text)
    {
        _holds = holds;
        Text = text;
    }

    /// <summary>The condition as the user wrote it (trimmed).</summary>
    public string Text { get; }

    /// <summary>Whether row <paramref name="row"/> of the table the condition was parsed against satisfies it.</summary>
    public bool Holds(int row) => _holds(row);

    /// <summary>Parses <paramref name="text"/> against <paramref name="table"/>'s columns.</summary>
    /// <returns>The condition, or null with a one-line <paramref name="error"/> saying what is wrong and where.</returns>
    public static RowCondition? TryParse(string? text, Leaderboard table, out string? error)
    {
        ArgumentNullException.ThrowIfNull(table);
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "The condition is empty; write e.g. \"flops > 6e21 or tpr = 160\".";
            return null;
        }

        var parser = new Parser(Tokenize(text, out error), table);
        if (error is not null)
        {
            return null;
        }

        var holds = parser.ParseAll(out error);
        return holds is null ? null : new RowCondition(holds, text.Trim());
    }

    private enum Kind
    {
        Word,
        Name,
        Quoted,
        Operator,
        Open,
        Close,
        End,
    }

    private readonly record struct Token(Kind Kind, string Text, int Position);

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || "_.|@%-+/:".Contains(c, StringComparison.Ordinal);

    private static List<Token> Tokenize(string text, out string? error)
    {
        error = null;
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')')
            {
                tokens.Add(new Token(c == '(' ? Kind.Open : Kind.Close, c.ToString(), i));
                i++;
            }
            else if (c is '<' or '>' or '=' or '!')
            {
                var two = i + 1 < text.Length && text[i + 1] == '=';
                var op = two ? text.Substring(i, 2) : c.ToString();
                if (op == "!")
                {
                    error = $"'!' at position {i + 1} must be followed by '=' (use \"not\" to negate).";
                    return tokens;
                }

                tokens.Add(new Token(Kind.Operator, op == "==" ? "=" : op, i));
                i += two ? 2 : 1;
            }
            else if (c is '`' or '\'' or '"')
            {
                var close = text.IndexOf(c, i + 1);
                if (close < 0)
                {
                    error = $"The quote {c} at position {i + 1} is never closed.";
                    return tokens;
                }

                tokens.Add(new Token(c == '`' ? Kind.Name : Kind.Quoted, text[(i + 1)..close], i));
                i = close + 1;
            }
            else if (IsWordChar(c))
            {
                var start = i;
                while (i < text.Length && IsWordChar(text[i]))
                {
                    i++;
                }

                tokens.Add(new Token(Kind.Word, text[start..i], start));
            }
            else
            {
                error = $"Unexpected '{c}' at position {i + 1}.";
                return tokens;
            }
        }

        tokens.Add(new Token(Kind.End, "", text.Length));
        return tokens;
    }

    /// <summary>Recursive descent over the tokens; each method returns null and sets the error on a problem.</summary>
    private sealed class Parser(List<Token> tokens, Leaderboard table)
    {
        private int _next;
        private string? _error;

        private Token Peek => tokens[_next];

        public Func<int, bool>? ParseAll(out string? error)
        {
            var holds = ParseOr();
            if (holds is not null && Peek.Kind != Kind.End)
            {
                Fail($"Unexpected '{Peek.Text}' at position {Peek.Position + 1}.");
                holds = null;
            }

            error = _error;
            return holds;
        }

        private bool IsKeyword(string word) => Peek.Kind == Kind.Word && string.Equals(Peek.Text, word, StringComparison.OrdinalIgnoreCase);

        private Func<int, bool>? Fail(string message)
        {
            _error ??= message;
            return null;
        }

        private Func<int, bool>? ParseOr() => ParseChain("or", ParseAnd, (l, r) => row => l(row) || r(row));

        private Func<int, bool>? ParseAnd() => ParseChain("and", ParseUnary, (l, r) => row => l(row) && r(row));

        /// <summary>operand (keyword operand)*, folded left with <paramref name="combine"/>.</summary>
        private Func<int, bool>? ParseChain(string keyword, Func<Func<int, bool>?> operand,
            Func<Func<int, bool>, Func<int, bool>, Func<int, bool>> combine)
        {
            var left = operand();
            while (left is not null && IsKeyword(keyword))
            {
                _next++;
                var right = operand();
                if (right is null)
                {
                    return null;
                }

                left = combine(left, right);
            }

            return left;
        }

        private Func<int, bool>? ParseUnary()
        {
            if (IsKeyword("not"))
            {
                _next++;
                var inner = ParseUnary();
                return inner is null ? null : row => !inner(row);
            }

            if (Peek.Kind == Kind.Open)
            {
                var open = Peek;
                _next++;
                var inner = ParseOr();
                if (inner is null)
                {
                    return null;
                }

                if (Peek.Kind != Kind.Close)
                {
                    return Fail($"The '(' at position {open.Position + 1} is never closed.");
                }

                _next++;
                return inner;
            }

            return ParseComparison();
        }

        private Func<int, bool>? ParseComparison()
        {
            var name = Peek;
            if (name.Kind is not (Kind.Word or Kind.Name))
            {
                return Fail(name.Kind == Kind.End
                    ? "The condition ends where a column name was expected."
                    : $"Expected a column name at position {name.Position + 1}, found '{name.Text}'.");
            }

            _next++;
            var column = table.FindColumn(name.Text);
            if (column is null)
            {
                return Fail($"No column '{name.Text}'. Columns: {string.Join(", ", table.Columns.Select(c => c.Header))}.");
            }

            var op = Peek;
            if (op.Kind != Kind.Operator)
            {
                return Fail($"Expected a comparison (> >= < <= = !=) after '{name.Text}' at position {op.Position + 1}.");
            }

            _next++;
            var value = Peek;
            if (value.Kind is not (Kind.Word or Kind.Quoted))
            {
                return Fail($"Expected a value after '{name.Text} {op.Text}' at position {value.Position + 1}.");
            }

            _next++;
            return column.IsNumeric ? NumericComparison(column, op.Text, value) : TextComparison(column, op.Text, value);
        }

        private Func<int, bool>? NumericComparison(LeaderboardColumn column, string op, Token value)
        {
            var cell = CellParser.Parse(value.Text);
            if (cell.Kind != CellKind.Number)
            {
                return Fail($"'{column.Header}' is numeric, but '{value.Text}' is not a number.");
            }

            var v = cell.Percent ? cell.Value / 100 : cell.Value;
            var numbers = column.Numbers;
            Func<double, bool> test = op switch
            {
                ">" => x => x > v,
                ">=" => x => x >= v,
                "<" => x => x < v,
                "<=" => x => x <= v,
                "=" => x => x == v,
                _ => x => x != v,
            };
            return row => numbers[row] is double x && double.IsFinite(x) && test(x);
        }

        private Func<int, bool>? TextComparison(LeaderboardColumn column, string op, Token value)
        {
            if (op is not ("=" or "!="))
            {
                return Fail($"'{column.Header}' holds text: compare it with = or !=, not {op}.");
            }

            var texts = column.Texts;
            var equal = op == "=";
            return row => texts[row] is { Length: > 0 } t && string.Equals(t, value.Text, StringComparison.OrdinalIgnoreCase) == equal;
        }
    }
}

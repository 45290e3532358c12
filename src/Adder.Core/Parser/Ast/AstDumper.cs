using System.Numerics;
using System.Text;
using Adder.Common;

namespace Adder.Parser.Ast;

/// <summary>
/// Renders nodes exactly like CPython 3.11's <c>ast.dump(..., include_attributes=True)</c>: fields in
/// declaration order, optional fields that are None left out, lists in brackets, constants as their repr.
/// </summary>
public sealed class AstDumper
{
    private readonly StringBuilder _sb = new();
    private bool _first;

    public override string ToString() => _sb.ToString();

    public void Open(string name)
    {
        _sb.Append(name).Append('(');
        _first = true;
    }

    public void Close() => _sb.Append(')');

    public void Close(LocatedNode node)
    {
        Key("lineno").Append(node.Lineno);
        Key("col_offset").Append(node.ColOffset);
        Key("end_lineno").Append(node.EndLineno);
        Key("end_col_offset").Append(node.EndColOffset);
        _sb.Append(')');
    }

    private StringBuilder Key(string name)
    {
        if (!_first)
            _sb.Append(", ");
        _first = false;
        return _sb.Append(name).Append('=');
    }

    public void Field(string name, Node value)
    {
        Key(name);
        value.Dump(this);
        _first = false;
    }

    public void Field(string name, string value) => StringRepr.Append(Key(name), value);

    public void Field(string name, int value) => Key(name).Append(value);

    public void Optional(string name, Node? value)
    {
        if (value is not null)
            Field(name, value);
    }

    public void Optional(string name, string? value)
    {
        if (value is not null)
            Field(name, value);
    }

    public void Optional(string name, int? value)
    {
        if (value is not null)
            Field(name, value.Value);
    }

    public void Enum<T>(string name, T value) where T : struct, System.Enum => Key(name).Append(value.ToString()).Append("()");

    public void Enums<T>(string name, List<T> values) where T : struct, System.Enum
    {
        Key(name).Append('[');
        for (int i = 0; i < values.Count; i++)
            _sb.Append(i == 0 ? "" : ", ").Append(values[i].ToString()).Append("()");
        _sb.Append(']');
    }

    public void Names(string name, List<string> values)
    {
        Key(name).Append('[');
        for (int i = 0; i < values.Count; i++)
        {
            if (i > 0)
                _sb.Append(", ");
            StringRepr.Append(_sb, values[i]);
        }
        _sb.Append(']');
    }

    public void Nodes<T>(string name, List<T> values) where T : Node
    {
        Key(name).Append('[');
        for (int i = 0; i < values.Count; i++)
        {
            if (i > 0)
                _sb.Append(", ");
            // Dict keys and kw_defaults hold None for "**d" entries and keyword-only parameters without defaults.
            if (values[i] is null)
                _sb.Append("None");
            else
                values[i].Dump(this);
        }
        _sb.Append(']');
        _first = false;
    }

    public void Constant(string name, object? value) => AppendConstant(Key(name), value);

    /// <summary>Appends <c>repr(value)</c> for a constant the parser can produce.</summary>
    public static void AppendConstant(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null: sb.Append("None"); break;
            case bool b: sb.Append(b ? "True" : "False"); break;
            case long l: sb.Append(l); break;
            case BigInteger big: sb.Append(big.ToString()); break;
            case double d: sb.Append(FloatFormat.Repr(d)); break;
            case Complex c: sb.Append(FloatFormat.Repr(c.Imaginary, addDotZero: false)).Append('j'); break;
            case string s: StringRepr.Append(sb, s); break;
            case CodePointString cps: StringRepr.Append(sb, cps.CodePoints); break;
            case byte[] bytes: StringRepr.AppendBytes(sb, bytes); break;
            case EllipsisValue: sb.Append("Ellipsis"); break;
            default: throw new InvalidOperationException("unexpected constant " + value.GetType());
        }
    }
}

namespace Adder.Runtime;

/// <summary>BaseExceptionGroup and ExceptionGroup (PEP 654): creation, split/subgroup/derive, and the
/// matching that <c>except*</c> does (Objects/exceptions.c).</summary>
public static class PyExceptionGroup
{
    public static PyBaseException Create(PyType type, ReadOnlySpan<PyObject> args)
    {
        if (args.Length != 2)
            throw Errors.Type($"BaseExceptionGroup.__new__() takes exactly 2 arguments ({args.Length} given)");
        if (args[0] is not PyStr)
            throw Errors.Type($"argument 1 must be str, not {args[0].Type.Name}");
        if (args[1] is PySet or PyDict || args[1] is not (PyList or PyTuple) && args[1].Type.LookupOverride("__getitem__") is null)
            throw Errors.Type("second argument (exceptions) must be a sequence");
        var items = Ops.UnpackSequenceAny(args[1]);
        if (items.Length == 0)
            throw Errors.Value("second argument (exceptions) must be a non-empty sequence");
        bool allExceptions = true;
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is not PyBaseException e)
                throw Errors.Value($"Item {i} of second argument (exceptions) is not an exception");
            allExceptions &= e.Type.IsSubtypeOf(ExceptionTypes.Exception);
        }
        if (ReferenceEquals(type, ExceptionTypes.BaseExceptionGroup))
        {
            if (allExceptions)
                type = ExceptionTypes.ExceptionGroup;
        }
        else if (ReferenceEquals(type, ExceptionTypes.ExceptionGroup))
        {
            if (!allExceptions)
                throw Errors.Type("Cannot nest BaseExceptions in an ExceptionGroup");
        }
        else if (!allExceptions && type.IsSubtypeOf(ExceptionTypes.Exception))
        {
            throw Errors.Type($"Cannot nest BaseExceptions in '{type.Name}'");
        }
        var group = new PyBaseException(type, new PyTuple(args.ToArray()));
        group.SetMember("message", args[0]);
        group.SetMember("exceptions", new PyTuple(items));
        return group;
    }

    public static PyObject[] Exceptions(PyBaseException group) => ((PyTuple)group.Member("exceptions")).Items;

    public static string Str(PyBaseException group)
    {
        int count = Exceptions(group).Length;
        return $"{Ops.Str(group.Member("message"))} ({count} sub-exception{(count == 1 ? "" : "s")})";
    }

    /// <summary>group.derive(excs): a group like this one around other exceptions.</summary>
    public static PyObject Derive(PyObject group, PyObject[] exceptions) =>
        Ops.Call(Ops.GetAttr(group, "derive"), new PyObject[] { new PyList(new List<PyObject>(exceptions)) });

    /// <summary>split(condition): (matching part, rest), each a derived group keeping this one's
    /// traceback, cause, context and notes, or None.</summary>
    public static (PyObject Match, PyObject Remainder) Split(PyBaseException group, PyObject condition)
    {
        var matcher = Matcher(condition);
        return SplitBy(group, matcher, constructRest: true);
    }

    public static Func<PyBaseException, bool> Matcher(PyObject condition)
    {
        if (condition is PyType t && t.IsSubtypeOf(ExceptionTypes.BaseException))
            return e => e.Type.IsSubtypeOf(t);
        if (condition is PyTuple types && Array.TrueForAll(types.Items, x => x is PyType xt && xt.IsSubtypeOf(ExceptionTypes.BaseException)))
            return e => Array.Exists(types.Items, x => e.Type.IsSubtypeOf((PyType)x));
        if (Ops.IsCallable(condition) && condition is not PyType)
            return e => Ops.IsTrue(Ops.Call(condition, new PyObject[] { e }));
        throw Errors.Type("expected a function, exception type or tuple of exception types");
    }

    private static (PyObject Match, PyObject Remainder) SplitBy(PyBaseException exc, Func<PyBaseException, bool> matches, bool constructRest)
    {
        if (matches(exc))
            return (exc, PyNone.Instance);
        if (!exc.Type.IsSubtypeOf(ExceptionTypes.BaseExceptionGroup))
            return (PyNone.Instance, constructRest ? exc : PyNone.Instance);
        var matched = new List<PyObject>();
        var rest = new List<PyObject>();
        foreach (var item in Exceptions(exc))
        {
            var (m, r) = SplitBy((PyBaseException)item, matches, constructRest);
            if (m is not PyNone)
                matched.Add(m);
            if (r is not PyNone)
                rest.Add(r);
        }
        return (DeriveWithMetadata(exc, matched), constructRest ? DeriveWithMetadata(exc, rest) : PyNone.Instance);
    }

    private static PyObject DeriveWithMetadata(PyBaseException original, List<PyObject> parts)
    {
        if (parts.Count == 0)
            return PyNone.Instance;
        var derived = Derive(original, parts.ToArray()) as PyBaseException
            ?? throw Errors.Type("derive must return an instance of BaseExceptionGroup");
        derived.Traceback = original.Traceback;
        derived.Cause = original.Cause;
        derived.Context = original.Context;
        derived.SuppressContext = original.SuppressContext;
        if (Ops.LookupAttr(original, "__notes__") is { } notes)
            Ops.SetAttr(derived, "__notes__", notes);
        return derived;
    }

    /// <summary>CHECK_EG_MATCH: (rest, match) of an exception against an except* clause's type; match is
    /// None when nothing matches. A lone exception that matches is wrapped in a new group.</summary>
    public static (PyObject Remainder, PyObject Match) MatchForExceptStar(PyBaseException exc, PyObject matchType)
    {
        CheckExceptStarType(matchType);
        var matches = Matcher(matchType);
        if (matches(exc))
        {
            if (exc.Type.IsSubtypeOf(ExceptionTypes.BaseExceptionGroup))
                return (PyNone.Instance, exc);
            var groupType = exc.Type.IsSubtypeOf(ExceptionTypes.Exception) ? ExceptionTypes.ExceptionGroup : ExceptionTypes.BaseExceptionGroup;
            var wrapped = Create(groupType, new PyObject[] { PyStr.Empty, new PyTuple(new PyObject[] { exc }) });
            wrapped.Traceback = exc.Traceback;
            return (PyNone.Instance, wrapped);
        }
        if (exc.Type.IsSubtypeOf(ExceptionTypes.BaseExceptionGroup))
        {
            var (match, rest) = SplitBy(exc, matches, constructRest: true);
            return (rest, match);
        }
        return (exc, PyNone.Instance);
    }

    private static void CheckExceptStarType(PyObject matchType)
    {
        var types = matchType is PyTuple t ? t.Items : new[] { matchType };
        foreach (var x in types)
        {
            if (x is not PyType xt || !xt.IsSubtypeOf(ExceptionTypes.BaseException))
                throw Errors.Type("catching classes that do not inherit from BaseException is not allowed");
            if (xt.IsSubtypeOf(ExceptionTypes.BaseExceptionGroup))
                throw Errors.Type("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }

    /// <summary>PREP_RERAISE_STAR: what leaves a try/except* — the exceptions the handlers raised, plus
    /// the part of the original group that was re-raised or not handled; None when nothing is left.</summary>
    public static PyObject PrepareReraise(PyObject original, PyList results)
    {
        var items = results.Items;
        if (items.Count == 0)
            return PyNone.Instance;
        if (original is not PyBaseException orig || !orig.Type.IsSubtypeOf(ExceptionTypes.BaseExceptionGroup))
            return items[0];
        var raised = new List<PyObject>();
        var reraisedLeaves = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        foreach (var item in items)
        {
            if (item is not PyBaseException e)
                continue;
            if (IsDerivedFrom(e, orig))
                CollectLeaves(e, reraisedLeaves);
            else
                raised.Add(e);
        }
        var reraised = reraisedLeaves.Count == 0 ? PyNone.Instance
            : SplitBy(orig, leaf => reraisedLeaves.Contains(leaf), constructRest: false).Match;
        if (raised.Count == 0)
            return reraised;
        if (reraised is not PyNone)
            raised.Add(reraised);
        // CPython 3.11.2 wraps what the clauses raised in a new group, even a single exception.
        return Create(ExceptionTypes.BaseExceptionGroup, new PyObject[] { PyStr.Empty, new PyList(raised) });
    }

    /// <summary>Whether an exception is (a part split off) the original: the same traceback, cause and context.</summary>
    private static bool IsDerivedFrom(PyBaseException e, PyBaseException orig) =>
        ReferenceEquals(e, orig) || ReferenceEquals(e.Traceback, orig.Traceback) && ReferenceEquals(e.Cause, orig.Cause) && ReferenceEquals(e.Context, orig.Context);

    private static void CollectLeaves(PyBaseException e, HashSet<PyObject> leaves)
    {
        if (!e.Type.IsSubtypeOf(ExceptionTypes.BaseExceptionGroup))
        {
            leaves.Add(e);
            return;
        }
        foreach (var item in Exceptions(e))
            CollectLeaves((PyBaseException)item, leaves);
    }
}

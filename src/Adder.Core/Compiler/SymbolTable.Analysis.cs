namespace Adder.Compiler;

public sealed partial class SymbolTable
{
    /// <summary>
    /// Decides each name's scope, top-down with the names bound and declared global in enclosing
    /// scopes, bottom-up with the names free in nested ones (Python/symtable.c: analyze_block).
    /// </summary>
    private static void Analyze(Scope scope, HashSet<string> bound, HashSet<string> free, HashSet<string> global)
    {
        var local = new HashSet<string>();
        var newGlobal = new HashSet<string>();
        var newFree = new HashSet<string>();
        var newBound = new HashSet<string>();

        if (scope.Kind == ScopeKind.Class)
        {
            newGlobal.UnionWith(global);
            newBound.UnionWith(bound);
        }

        foreach (var (name, flags) in scope.Symbols)
            AnalyzeName(scope, name, flags, bound, local, free, global);

        if (scope.Kind != ScopeKind.Class)
        {
            if (scope.Kind == ScopeKind.Function || scope.Kind == ScopeKind.Comprehension)
                newBound.UnionWith(local);
            newBound.UnionWith(bound);
            newGlobal.UnionWith(global);
        }
        else
        {
            // Methods may refer to the class through the implicit __class__ cell.
            newBound.Add("__class__");
        }

        var allFree = new HashSet<string>();
        foreach (var child in scope.Children)
        {
            var childFree = new HashSet<string>(newFree);
            Analyze(child, new HashSet<string>(newBound), childFree, new HashSet<string>(newGlobal));
            allFree.UnionWith(childFree);
            if (child.HasFree || child.ChildHasFree)
                scope.ChildHasFree = true;
        }
        newFree.UnionWith(allFree);

        if (scope.Kind == ScopeKind.Function || scope.Kind == ScopeKind.Comprehension)
        {
            // Names bound here and free in a child become cells.
            foreach (string name in newFree)
            {
                if (scope.Scopes.TryGetValue(name, out var s) && s == NameScope.Local)
                    scope.Scopes[name] = NameScope.Cell;
            }
            newFree.RemoveWhere(n => scope.Scopes.TryGetValue(n, out var s) && s == NameScope.Cell);
        }
        else if (scope.Kind == ScopeKind.Class)
        {
            if (newFree.Remove("__class__"))
                scope.NeedsClassClosure = true;
        }

        // Free names of children that this scope does not define pass through it.
        foreach (string name in newFree)
        {
            if (scope.Symbols.TryGetValue(name, out var flags))
            {
                // A method's free variable named like something the class body binds.
                if (scope.Kind == ScopeKind.Class && (flags & (SymbolFlags.DefBound | SymbolFlags.DefGlobal)) != 0)
                    scope.Symbols[name] = flags | SymbolFlags.DefFreeClass;
                continue;
            }
            if (bound.Contains(name))
            {
                scope.Scopes[name] = NameScope.Free;
                scope.Symbols[name] = SymbolFlags.None;
            }
        }
        free.UnionWith(newFree);
    }

    private static void AnalyzeName(Scope scope, string name, SymbolFlags flags, HashSet<string> bound,
        HashSet<string> local, HashSet<string> free, HashSet<string> global)
    {
        if ((flags & SymbolFlags.DefGlobal) != 0)
        {
            if ((flags & SymbolFlags.DefNonlocal) != 0)
                throw Error($"name '{name}' is nonlocal and global", scope.Directives[name]);
            scope.Scopes[name] = NameScope.GlobalExplicit;
            global.Add(name);
            bound.Remove(name);
            return;
        }
        if ((flags & SymbolFlags.DefNonlocal) != 0)
        {
            if (!bound.Contains(name))
                throw Error($"no binding for nonlocal '{name}' found", scope.Directives[name]);
            scope.Scopes[name] = NameScope.Free;
            scope.HasFree = true;
            free.Add(name);
            return;
        }
        if ((flags & SymbolFlags.DefBound) != 0)
        {
            scope.Scopes[name] = NameScope.Local;
            local.Add(name);
            global.Remove(name);
            return;
        }
        if (bound.Contains(name))
        {
            scope.Scopes[name] = NameScope.Free;
            scope.HasFree = true;
            free.Add(name);
            return;
        }
        if (global.Contains(name))
        {
            scope.Scopes[name] = NameScope.GlobalImplicit;
            return;
        }
        if (scope.IsNested)
            scope.HasFree = true;
        scope.Scopes[name] = NameScope.GlobalImplicit;
    }
}

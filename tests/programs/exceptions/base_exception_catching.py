def run(exc):
    try:
        raise exc
    except Exception as e:
        return f"Exception caught {type(e).__name__}"
    except BaseException as e:
        return f"BaseException caught {type(e).__name__}"
for exc in (ValueError(), KeyboardInterrupt(), SystemExit(1), GeneratorExit(), StopIteration()):
    print(run(exc))
try:
    raise SystemExit("not exiting")
except SystemExit as e:
    print("SystemExit caught:", e.code)
try:
    try:
        raise KeyboardInterrupt
    except:
        print("bare except catches KeyboardInterrupt")
        raise
except KeyboardInterrupt as e:
    print("re-raised", repr(e))

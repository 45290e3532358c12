for t in ["range(3)['a']", "range(3)[5]", "range(10)[::-2]", "range(0,20,3)[1:5]", "range(5)[-1]", "range(10, 0, -3)[1]", "range(10)[2:-2:3]",
          "slice(1, 5).start", "slice(5).stop", "slice(1,2,3).step", "range(2, 9, 3).stop",
          "__import__('math').isqrt(10**30)", "__import__('math').isqrt(-1)", "__import__('math').isqrt(99)", "__import__('math').isqrt(0)"]:
    try: print(t, eval(t))
    except Exception as e: print(t, type(e).__name__, e)

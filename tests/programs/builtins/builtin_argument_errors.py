print(pow(3, 200, 1000), pow(2, -1, 7), pow(38, -1, 97), pow(-2, 3, 5), pow(5, 0, 1), pow(2,3,None), pow(7,-2,-10))
for t in ['pow(2,-1,4)', 'pow(2.0,2,3)', 'callable()', 'getattr(1, 5)', 'hex(1.5)', 'hex(True)', 'import sys; sys.setrecursionlimit("100")', 'import time; time.sleep("1")', 'def f(**k): pass\nf(**{1:2})']:
    try: exec(t)
    except Exception as e: print(repr(t), type(e).__name__, e)
    else: print(repr(t), 'ok')

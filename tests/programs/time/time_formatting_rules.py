import time
for secs in [0, 86399, 951782400, 1700000000, -86400]:
    st = time.gmtime(secs)
    print(st, time.strftime("%a %A %b %B %d %e %H %I %j %m %M %p %S %U %w %W %y %Y %% %c %x %X %D %F %T %u", st))
print(time.asctime(time.gmtime(1e9)), time.ctime(0))
print(time.strptime("Mon Feb  3 04:05:06 2020"), time.strptime("05/07/99 3:04 PM", "%m/%d/%y %I:%M %p")[:6])
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)), time.timezone, time.daylight, time.tzname)
try: time.strptime("2020-13-01", "%Y-%m-%d")
except ValueError as e: print(e)

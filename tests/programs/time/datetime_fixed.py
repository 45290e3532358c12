from datetime import date, datetime, timedelta, timezone
d = date(2024, 2, 28)
print(d, d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.isoformat(), d.strftime("%d/%m/%Y"))
dt = datetime(2023, 12, 31, 23, 59, 30)
print(dt + timedelta(seconds=45), dt.replace(year=2000), (datetime(2024, 1, 1) - dt).total_seconds())
print(timedelta(days=1, hours=2, minutes=3), timedelta(weeks=2) // timedelta(days=1), repr(timedelta(seconds=90)))
utc = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
print(utc.isoformat(), utc.astimezone(timezone(timedelta(hours=-5))).isoformat())
print(datetime.fromisoformat("2024-03-15T08:30:00"), date.fromordinal(738000), date(2024, 1, 1).toordinal())
print(datetime.now().year >= 2024, date.today() >= date(2024, 1, 1))
try:
    date(2023, 2, 29)
except ValueError as e:
    print(type(e).__name__, e)

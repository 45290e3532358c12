state = "start"
events = iter(["coin", "push", "push", "coin", "coin", "push", "quit"])
log = []
while True:
    event = next(events)
    if event == "quit":
        break
    if state in ("start", "locked"):
        if event == "coin":
            state = "unlocked"
        else:
            log.append("blocked")
            continue
    elif state == "unlocked":
        if event == "push":
            state = "locked"
        else:
            log.append("refund")
            continue
    log.append(state)
print(log, state)

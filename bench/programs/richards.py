# Task scheduler simulation: small classes, method calls, attribute access, linked packet queues.
import _harness

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1


class Packet:
    def __init__(self, link, dest, kind):
        self.link, self.dest, self.kind = link, dest, kind
        self.count = 0
        self.data = [0] * 4

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        node = queue
        while node.link is not None:
            node = node.link
        node.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue):
        self.sched, self.ident, self.priority = sched, ident, priority
        self.queue = queue
        self.waiting = queue is not None
        self.held = False
        self.runs = 0

    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)

    def take_packet(self):
        packet = self.queue
        if packet is None:
            return None
        self.queue = packet.link
        self.waiting = False
        return packet


class IdleTask(Task):
    def __init__(self, sched, ident, priority, count):
        Task.__init__(self, sched, ident, priority, None)
        self.seed, self.count = 1, count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.sched.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.dest, self.letter = HANDLER_A, 0

    def step(self, packet):
        if packet is None:
            return self.sched.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        packet.dest = self.dest
        packet.count = 0
        for i in range(4):
            self.letter = self.letter % 26 + 1
            packet.data[i] = self.letter
        return self.sched.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.work = self.devices = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            if work.count < 4:
                device = self.devices
                if device is not None:
                    self.devices = device.link
                    device.count = work.data[work.count]
                    work.count += 1
                    return self.sched.queue_packet(device)
            else:
                self.work = work.link
                return self.sched.queue_packet(work)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority, None)
        self.pending, self.output = None, 0

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                return self.sched.wait()
            packet, self.pending = self.pending, None
            return self.sched.queue_packet(packet)
        self.pending = packet
        self.output = (self.output * 31 + packet.count) % 1000003
        return self.sched.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 6
        self.order = []
        self.current = None
        self.queued = 0
        self.holds = 0

    def add(self, task):
        self.tasks[task.ident] = task
        self.order.append(task)
        self.order.sort(key=lambda t: -t.priority)

    def hold_self(self):
        self.holds += 1
        self.current.held = True

    def release(self, ident):
        self.tasks[ident].held = False

    def wait(self):
        self.current.waiting = True

    def queue_packet(self, packet):
        target = self.tasks[packet.dest]
        self.queued += 1
        packet.dest = self.current.ident
        target.queue = packet.append_to(target.queue)

    def run(self):
        progress = True
        while progress:
            progress = False
            for task in self.order:
                if task.runnable():
                    self.current = task
                    task.runs += 1
                    task.step(task.take_packet())
                    progress = True
                    break


def make_queue(count, dest, kind):
    queue = None
    for _ in range(count):
        queue = Packet(queue, dest, kind)
    return queue


def bench(scale):
    checksum = 0
    for round_ in range(scale):
        sched = Scheduler()
        sched.add(IdleTask(sched, IDLE, 0, 1000 + round_ % 7))
        sched.add(WorkerTask(sched, WORKER, 1000, make_queue(2, IDLE, KIND_WORK)))
        sched.add(HandlerTask(sched, HANDLER_A, 2000, make_queue(3, DEVICE_A, KIND_DEVICE)))
        sched.add(HandlerTask(sched, HANDLER_B, 3000, make_queue(3, DEVICE_B, KIND_DEVICE)))
        sched.add(DeviceTask(sched, DEVICE_A, 4000))
        sched.add(DeviceTask(sched, DEVICE_B, 5000))
        sched.run()
        runs = sum(t.runs for t in sched.tasks)
        outputs = sched.tasks[DEVICE_A].output + sched.tasks[DEVICE_B].output
        checksum = (checksum * 7 + sched.queued * 1000 + sched.holds + runs + outputs) % 1000000007
    return checksum



DEFAULT_SCALE = 120
QUICK_SCALE = 12

if __name__ == "__main__":
    _harness.run(bench, DEFAULT_SCALE)

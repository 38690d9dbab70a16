# A Richards-style operating-system simulation: task control blocks on a priority-ordered
# list, packets passed between an idle task, a worker, two handlers and two devices, and a
# scheduler that runs the highest-priority task that is ready. Method calls and attribute
# reads and writes on small objects are nearly all it does.

import sys

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 100

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
DEVICE_PACKET, WORK_PACKET = 0, 1
BUFFER_SIZE = 4


class Packet:
    def __init__(self, link, owner, kind):
        self.link = link
        self.owner = owner
        self.kind = kind
        self.count = 0
        self.buffer = [0] * BUFFER_SIZE

    def append_to(self, queue):
        """Puts this packet at the end of `queue`; returns the new head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class TaskState:
    def __init__(self):
        self.pending = False
        self.waiting = False
        self.held = False

    def is_runnable(self):
        return self.pending and not self.held

    def is_blocked(self):
        return self.held or (not self.pending and self.waiting)


class Task(TaskState):
    def __init__(self, system, ident, priority, queue, state):
        TaskState.__init__(self)
        self.system = system
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.pending = queue is not None
        self.waiting = state == "waiting"
        self.held = False
        self.link = system.tasks
        system.tasks = self
        system.by_ident[ident] = self

    def take_packet(self):
        """The first queued packet, or None; the task stays pending while packets remain."""
        packet = self.queue
        if packet is None:
            self.pending = False
            return None
        self.queue = packet.link
        self.pending = self.queue is not None
        return packet

    def deliver(self, packet, sender):
        """`packet` arrives; returns the task to run next."""
        if self.queue is None:
            self.queue = packet
            self.pending = True
            if self.priority > sender.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return sender

    def step(self):
        return self.run(self.take_packet() if self.is_runnable() else None)


class IdleTask(Task):
    def __init__(self, system, count):
        Task.__init__(self, system, IDLE, 0, None, "running")
        self.seed = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.system.hold_self(self)
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xD008
            return self.system.release(DEVICE_B, self)
        self.seed >>= 1
        return self.system.release(DEVICE_A, self)


class WorkTask(Task):
    def __init__(self, system, queue):
        Task.__init__(self, system, WORKER, 1000, queue, "waiting")
        self.destination = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.system.wait(self)
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.owner = self.destination
        packet.count = 0
        for i in range(BUFFER_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.buffer[i] = self.letter
        return self.system.send(packet, self)


class HandlerTask(Task):
    def __init__(self, system, ident, queue):
        Task.__init__(self, system, ident, 2000 + ident, queue, "waiting")
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == WORK_PACKET:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            if work.count < BUFFER_SIZE:
                device = self.devices
                if device is not None:
                    self.devices = device.link
                    device.count = work.buffer[work.count]
                    work.count += 1
                    return self.system.send(device, self)
            else:
                self.work = work.link
                return self.system.send(work, self)
        return self.system.wait(self)


class DeviceTask(Task):
    def __init__(self, system, ident):
        Task.__init__(self, system, ident, 4000 + ident, None, "waiting")
        self.held_packet = None

    def run(self, packet):
        if packet is None:
            packet = self.held_packet
            if packet is None:
                return self.system.wait(self)
            self.held_packet = None
            return self.system.send(packet, self)
        self.held_packet = packet
        self.system.trace(packet.count)
        return self.system.hold_self(self)


class System:
    def __init__(self):
        self.tasks = None
        self.by_ident = {}
        self.current = None
        self.hold_count = 0
        self.send_count = 0
        self.trace_sum = 0
        self.trace_count = 0

    def trace(self, value):
        self.trace_count += 1
        self.trace_sum = (self.trace_sum * 31 + value) % 1000003

    def hold_self(self, task):
        self.hold_count += 1
        task.held = True
        return task.link

    def wait(self, task):
        task.waiting = True
        return task

    def release(self, ident, sender):
        task = self.by_ident[ident]
        task.held = False
        if task.priority > sender.priority:
            return task
        return sender

    def send(self, packet, sender):
        self.send_count += 1
        target = self.by_ident[packet.owner]
        packet.link = None
        packet.owner = sender.ident
        return target.deliver(packet, sender)

    def schedule(self):
        task = self.tasks
        while task is not None:
            if task.is_blocked():
                task = task.link
            else:
                task.waiting = False
                task = task.step()


def make_system(idle_count):
    system = System()
    IdleTask(system, idle_count)
    work = Packet(None, WORKER, WORK_PACKET)
    work = Packet(work, WORKER, WORK_PACKET)
    WorkTask(system, work)
    for handler, device in ((HANDLER_A, DEVICE_A), (HANDLER_B, DEVICE_B)):
        queue = Packet(None, device, DEVICE_PACKET)
        queue = Packet(queue, device, DEVICE_PACKET)
        queue = Packet(queue, device, DEVICE_PACKET)
        HandlerTask(system, handler, queue)
    DeviceTask(system, DEVICE_A)
    DeviceTask(system, DEVICE_B)
    return system


def main():
    totals = [0, 0, 0, 0]
    for round_ in range(ROUNDS):
        system = make_system(1000 + round_)
        system.schedule()
        totals[0] += system.send_count
        totals[1] += system.hold_count
        totals[2] = (totals[2] * 7 + system.trace_sum) % 1000003
        totals[3] += system.trace_count
    print("sends", totals[0], "holds", totals[1], "trace", totals[2], "devices", totals[3])


main()

# A class-heavy scheduler simulation in the style of Richards: tasks, queues, inheritance,
# method calls and attribute access on every step.
class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst


class Task:
    def __init__(self, ident, priority, queue, scheduler):
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.scheduler = scheduler
        self.held = False
        self.count = 0

    def runnable(self):
        return self.queue is not None and not self.held

    def take(self):
        p = self.queue
        self.queue = p.link
        p.link = None
        return p

    def step(self):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, ident, priority, scheduler, seed):
        super().__init__(ident, priority, None, scheduler)
        self.seed = seed

    def runnable(self):
        return True

    def step(self):
        self.count += 1
        self.seed = (self.seed * 1103515245 + 12345) & 0x7FFFFFFF
        target = 2 + self.seed % 3
        self.scheduler.send(Packet(None, target, self.seed & 3))


class WorkerTask(Task):
    def step(self):
        p = self.take()
        self.count += 1
        p.datum = (p.datum + p.kind + self.count) % 26
        for i in range(4):
            p.data[i] = (p.data[i] + p.datum + i) % 26
        if p.kind == 0:
            self.scheduler.checksum += p.datum
        else:
            p.kind -= 1
            p.ident = 2 + (self.ident + 1) % 3
            self.scheduler.send(p)


class DeviceTask(WorkerTask):
    def step(self):
        self.held = not self.held
        if not self.held:
            super().step()


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.checksum = 0
        self.sent = 0

    def add(self, task):
        self.tasks[task.ident] = task

    def send(self, packet):
        self.sent += 1
        t = self.tasks[packet.ident]
        t.queue = packet.append_to(t.queue)

    def run(self, steps):
        order = sorted(self.tasks.values(), key=lambda t: -t.priority)
        for _ in range(steps):
            for t in order:
                if t.runnable():
                    t.step()
                    break


s = Scheduler()
s.add(IdleTask(1, 0, s, 42))
s.add(WorkerTask(2, 10, None, s))
s.add(WorkerTask(3, 20, None, s))
s.add(DeviceTask(4, 30, None, s))
s.run(20000)
print(s.checksum, s.sent, sum(t.count for t in s.tasks.values()))

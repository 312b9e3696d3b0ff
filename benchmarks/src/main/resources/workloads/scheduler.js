// Workload "scheduler": an object-oriented simulation. A priority scheduler runs four kinds of
// task (producers, transformers, routers and sinks, each a "class" built from constructor
// functions and prototypes) that pass message objects through linked-list queues. Exercises
// polymorphic method calls (step, isReady, accept), property access on several shapes and
// prototype-chain lookups. Written in ES5 style so that every engine compared can run it.

function Message(origin, value) {
    this.origin = origin;
    this.value = value;
    this.hops = 0;
    this.next = null;
}

function Queue() {
    this.head = null;
    this.tail = null;
    this.length = 0;
}

Queue.prototype.push = function (m) {
    m.next = null;
    if (this.tail === null) {
        this.head = m;
    } else {
        this.tail.next = m;
    }
    this.tail = m;
    this.length++;
};

Queue.prototype.shift = function () {
    var m = this.head;
    if (m !== null) {
        this.head = m.next;
        if (this.head === null) {
            this.tail = null;
        }
        m.next = null;
        this.length--;
    }
    return m;
};

// The base "class": every task has an inbox, a priority and a wake-up time.
function Task(id, priority) {
    this.id = id;
    this.priority = priority;
    this.inbox = new Queue();
    this.wakeAt = 0;
    this.steps = 0;
}

Task.prototype.isReady = function (now) {
    return this.inbox.length > 0 && this.wakeAt <= now;
};

Task.prototype.accept = function (m) {
    m.hops++;
    this.inbox.push(m);
};

Task.prototype.sleep = function (now, ticks) {
    this.wakeAt = now + ticks;
};

// Emits `count` messages with pseudo-random values, one per step, round-robin over its targets.
function Producer(id, priority, targets, count) {
    Task.call(this, id, priority);
    this.targets = targets;
    this.remaining = count;
    this.seed = id * 7919 + 1;
    this.turn = 0;
}
Producer.prototype = Object.create(Task.prototype);
Producer.prototype.constructor = Producer;

Producer.prototype.isReady = function (now) {
    return this.remaining > 0 && this.wakeAt <= now;
};

Producer.prototype.step = function (scheduler) {
    this.seed = (this.seed * 69069 + 1) % 4294967296;
    var target = this.targets[this.turn];
    this.turn = (this.turn + 1) % this.targets.length;
    target.accept(new Message(this.id, this.seed % 100000));
    this.remaining--;
    if ((this.seed & 7) === 0) {
        this.sleep(scheduler.now, 3);
    }
};

// Applies an affine map to each value and forwards it.
function Transformer(id, priority, factor, offset, next) {
    Task.call(this, id, priority);
    this.factor = factor;
    this.offset = offset;
    this.next = next;
}
Transformer.prototype = Object.create(Task.prototype);
Transformer.prototype.constructor = Transformer;

Transformer.prototype.step = function (scheduler) {
    var m = this.inbox.shift();
    m.value = (m.value * this.factor + this.offset) % 1000003;
    this.next.accept(m);
};

// Sends even values one way and odd values the other; bounces a message back to the first
// transformer while it has made fewer than three hops.
function Router(id, priority, even, odd, retry) {
    Task.call(this, id, priority);
    this.even = even;
    this.odd = odd;
    this.retry = retry;
    this.routed = 0;
}
Router.prototype = Object.create(Task.prototype);
Router.prototype.constructor = Router;

Router.prototype.step = function (scheduler) {
    var m = this.inbox.shift();
    this.routed++;
    if (m.hops < 3) {
        this.retry.accept(m);
    } else if ((m.value & 1) === 0) {
        this.even.accept(m);
    } else {
        this.odd.accept(m);
    }
};

// Consumes messages: keeps a checksum and a count, and naps now and then.
function Sink(id, priority) {
    Task.call(this, id, priority);
    this.sum = 0;
    this.count = 0;
}
Sink.prototype = Object.create(Task.prototype);
Sink.prototype.constructor = Sink;

Sink.prototype.step = function (scheduler) {
    var m = this.inbox.shift();
    this.sum = (this.sum + m.value * m.hops + m.origin) % 1000000007;
    this.count++;
    if (this.count % 64 === 0) {
        this.sleep(scheduler.now, 2);
    }
};

function Scheduler() {
    this.tasks = [];
    this.now = 0;
    this.switches = 0;
    this.idleTicks = 0;
}

Scheduler.prototype.add = function (task) {
    this.tasks.push(task);
    return task;
};

// The ready task with the highest priority; ties go to the one added first.
Scheduler.prototype.pick = function () {
    var best = null;
    var tasks = this.tasks;
    for (var i = 0; i < tasks.length; i++) {
        var t = tasks[i];
        if (t.isReady(this.now) && (best === null || t.priority > best.priority)) {
            best = t;
        }
    }
    return best;
};

Scheduler.prototype.hasWork = function () {
    var tasks = this.tasks;
    for (var i = 0; i < tasks.length; i++) {
        var t = tasks[i];
        if (t.inbox.length > 0 || (t instanceof Producer && t.remaining > 0)) {
            return true;
        }
    }
    return false;
};

Scheduler.prototype.runAll = function () {
    for (;;) {
        var t = this.pick();
        if (t === null) {
            if (!this.hasWork()) {
                return;
            }
            this.idleTicks++;
        } else {
            t.step(this);
            t.steps++;
            this.switches++;
        }
        this.now++;
    }
};

function simulate(messagesPerProducer) {
    var s = new Scheduler();
    var sinkA = s.add(new Sink(1, 1));
    var sinkB = s.add(new Sink(2, 2));
    var router = s.add(new Router(3, 5, sinkA, sinkB, null));
    var t1 = s.add(new Transformer(4, 4, 31, 7, router));
    var t2 = s.add(new Transformer(5, 3, 17, 11, router));
    var t3 = s.add(new Transformer(6, 6, 13, 5, t1));
    router.retry = t3;
    s.add(new Producer(7, 7, [t1, t2], messagesPerProducer));
    s.add(new Producer(8, 8, [t2, t3, t1], messagesPerProducer));
    s.add(new Producer(9, 2, [t3], messagesPerProducer));
    s.runAll();
    return {
        sum: (sinkA.sum * 3 + sinkB.sum) % 1000000007,
        delivered: sinkA.count + sinkB.count,
        switches: s.switches,
        idle: s.idleTicks,
        routed: router.routed
    };
}

function run() {
    var r = simulate(1000);
    var got = r.sum + "/" + r.delivered + "/" + r.switches + "/" + r.idle + "/" + r.routed;
    if (got !== EXPECTED) {
        throw new Error("wrong result: scheduler " + got + ", expected " + EXPECTED);
    }
    return r.switches;
}

var EXPECTED = "224956847/3000/18334/22/4667";

// Workload "nbody": floating-point numerics. Five bodies (a heavy centre and four orbiting bodies
// with made-up initial conditions, G = 1) advanced 20,000 symplectic Euler steps (velocities
// from the pairwise forces, then positions); the total energy is checked before and after.

function Body(x, y, z, vx, vy, vz, mass) {
    this.x = x;
    this.y = y;
    this.z = z;
    this.vx = vx;
    this.vy = vy;
    this.vz = vz;
    this.mass = mass;
}

function makeSystem() {
    var bodies = [
        new Body(0, 0, 0, 0, 0, 0, 1000),
        new Body(10, 0, 0, 0, 10, 0.5, 1),
        new Body(0, -20, 1, 7.1, 0, 0, 2.5),
        new Body(-30, 0, -2, 0, -5.8, 0.2, 0.8),
        new Body(0, 45, 0, -4.7, 0, -0.1, 3)
    ];
    // Give the centre the opposite momentum so the system does not drift.
    var px = 0, py = 0, pz = 0;
    for (var i = 1; i < bodies.length; i++) {
        px += bodies[i].vx * bodies[i].mass;
        py += bodies[i].vy * bodies[i].mass;
        pz += bodies[i].vz * bodies[i].mass;
    }
    bodies[0].vx = -px / bodies[0].mass;
    bodies[0].vy = -py / bodies[0].mass;
    bodies[0].vz = -pz / bodies[0].mass;
    return bodies;
}

function advance(bodies, dt) {
    var n = bodies.length;
    for (var i = 0; i < n; i++) {
        var a = bodies[i];
        for (var j = i + 1; j < n; j++) {
            var b = bodies[j];
            var dx = a.x - b.x;
            var dy = a.y - b.y;
            var dz = a.z - b.z;
            var d2 = dx * dx + dy * dy + dz * dz;
            var mag = dt / (d2 * Math.sqrt(d2));
            var am = a.mass * mag;
            var bm = b.mass * mag;
            a.vx -= dx * bm;
            a.vy -= dy * bm;
            a.vz -= dz * bm;
            b.vx += dx * am;
            b.vy += dy * am;
            b.vz += dz * am;
        }
    }
    for (var k = 0; k < n; k++) {
        var c = bodies[k];
        c.x += dt * c.vx;
        c.y += dt * c.vy;
        c.z += dt * c.vz;
    }
}

function energy(bodies) {
    var e = 0;
    for (var i = 0; i < bodies.length; i++) {
        var a = bodies[i];
        e += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz);
        for (var j = i + 1; j < bodies.length; j++) {
            var b = bodies[j];
            var dx = a.x - b.x;
            var dy = a.y - b.y;
            var dz = a.z - b.z;
            e -= a.mass * b.mass / Math.sqrt(dx * dx + dy * dy + dz * dz);
        }
    }
    return e;
}

function run() {
    var bodies = makeSystem();
    var before = energy(bodies);
    for (var step = 0; step < 20000; step++) {
        advance(bodies, 0.001);
    }
    var after = energy(bodies);
    // IEEE double arithmetic in the same order gives the same bits in every engine; the
    // tolerance only absorbs printing.
    if (Math.abs(before - EXPECTED_BEFORE) > 1e-9 || Math.abs(after - EXPECTED_AFTER) > 1e-9) {
        throw new Error("wrong result: nbody energy " + before + " -> " + after
            + ", expected " + EXPECTED_BEFORE + " -> " + EXPECTED_AFTER);
    }
    return after;
}

var EXPECTED_BEFORE = -158.74946399924684;
var EXPECTED_AFTER = -158.74933709319734;

// Workload "typedarrays": typed-array element reads and writes in plain loops. Fills a
// 1,000,000-element Float64Array and Int32Array, sums them, scales them in place, and sums
// again.

var LENGTH = 1000000;
var F64 = new Float64Array(LENGTH);
var I32 = new Int32Array(LENGTH);

function run() {
    var f = F64, a = I32, n = LENGTH, i;
    for (i = 0; i < n; i++) {
        f[i] = i * 0.5;
        a[i] = (i * 7) & 0xffff;
    }
    var fsum = 0, isum = 0;
    for (i = 0; i < n; i++) {
        fsum += f[i];
        isum = (isum + a[i]) | 0;
    }
    for (i = 0; i < n; i++) {
        f[i] = f[i] * 1.5 + 1;
        a[i] = (a[i] * 3) | 0;
    }
    var fsum2 = 0, isum2 = 0;
    for (i = 0; i < n; i++) {
        fsum2 += f[i];
        isum2 = (isum2 + a[i]) | 0;
    }
    if (fsum !== 249999750000 || isum !== EXPECTED_ISUM || fsum2 !== 375000625000 || isum2 !== EXPECTED_ISUM2) {
        throw new Error("wrong result: typedarrays sums " + fsum + " " + isum + " " + fsum2 + " " + isum2);
    }
    return fsum2;
}

var EXPECTED_ISUM = -1639165920;
var EXPECTED_ISUM2 = -622530464;

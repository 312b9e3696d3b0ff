package dev.oryx.api;

import java.util.List;
import java.util.function.Function;

/** A host class for the host access tests: some members exported, some not. */
public class Account {
    public enum Kind { CHECKING, SAVINGS }

    @HostAccess.Export
    public static final String BANK = "Oryx Bank";
    @HostAccess.Export
    public static int opened;

    @HostAccess.Export
    public final String owner;
    @HostAccess.Export
    public int balance;
    /** Public but not exported: invisible to scripts. */
    public int hidden = 5;
    @SuppressWarnings("unused")
    private final String secret = "password";

    @HostAccess.Export
    public Account(String owner, int balance) {
        this.owner = owner;
        this.balance = balance;
        opened++;
    }

    public Account(String owner) {
        this(owner, 0);
    }

    @HostAccess.Export
    public static int square(int x) {
        return x * x;
    }

    @HostAccess.Export
    public void deposit(int amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
        balance += amount;
    }

    @HostAccess.Export
    public String describe() {
        return owner + ": " + balance;
    }

    @HostAccess.Export
    public String describe(String prefix) {
        return prefix + describe();
    }

    @HostAccess.Export
    public String kind(int x) {
        return "int";
    }

    @HostAccess.Export
    public String kind(double x) {
        return "double";
    }

    @HostAccess.Export
    public String kind(String x) {
        return "string";
    }

    @HostAccess.Export
    public String kind(Kind k) {
        return "enum " + k;
    }

    @HostAccess.Export
    public String category(Kind k) {
        return "enum " + k;
    }

    @HostAccess.Export
    public int total(int... amounts) {
        int t = 0;
        for (int a : amounts) {
            t += a;
        }
        return t;
    }

    @HostAccess.Export
    public int sum(List<Integer> xs) {
        int t = 0;
        for (Object x : xs) {
            t += ((Number) x).intValue();
        }
        return t;
    }

    @HostAccess.Export
    public String transform(Function<String, String> f) {
        return f.apply(owner);
    }

    @HostAccess.Export
    public Account self() {
        return this;
    }

    @HostAccess.Export
    public Object same(Object o) {
        return o;
    }

    @HostAccess.Export
    public Object leakClass() {
        return getClass();
    }

    @HostAccess.Export
    public Object leakRuntime() {
        return Runtime.getRuntime();
    }

    @HostAccess.Export
    public Object leakLoader() {
        return getClass().getClassLoader();
    }

    public void notExported() {
        balance = -1;
    }

    @Override
    public String toString() {
        return "Account(" + secret + ")";
    }
}

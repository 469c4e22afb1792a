package org.wfed.core;

/** An amount of renminbi in fen (分), never a floating-point number. */
public record Money(long fen) {

    public static Money yuan(long yuan) {
        return new Money(Math.multiplyExact(yuan, 100));
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    /** "10000.00" */
    @Override
    public String toString() {
        return String.format("%d.%02d", fen / 100, Math.abs(fen % 100));
    }
}

package org.wfed.elections.internal.rules;

/** How a voter marked a name on the ballot: 赞成, 反对, 弃权. */
public enum Mark {
    YES("赞成"), NO("反对"), ABSTAIN("弃权");

    private final String zh;

    Mark(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}

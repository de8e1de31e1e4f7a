package org.mliadvisor.knowledge;

/** How much an intervention costs the firm to carry out, on a three-point scale. */
public enum Effort {
    LOW(1), MEDIUM(2), HIGH(3);

    private final int points;

    Effort(int points) {
        this.points = points;
    }

    public int points() {
        return points;
    }
}

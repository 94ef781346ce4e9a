package vn.congdoan.intranet.membership.transfer;

/** Where a transfer stands: waiting for the receiving union, or accepted, refused or cancelled by the sender. */
public enum TransferStatus {
    PENDING, ACCEPTED, REFUSED, CANCELLED;

    public String labelKey() {
        return "transferStatus." + name();
    }
}

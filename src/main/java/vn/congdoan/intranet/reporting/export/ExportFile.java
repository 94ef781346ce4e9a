package vn.congdoan.intranet.reporting.export;

/** A generated file ready to send: its download name and its bytes. */
public record ExportFile(String name, String contentType, byte[] content) {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";
}

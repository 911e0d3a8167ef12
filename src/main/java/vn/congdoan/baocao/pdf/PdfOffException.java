package vn.congdoan.baocao.pdf;

import vn.congdoan.baocao.system.UserFacingException;

/** A PDF was asked for while PDF output is off, or LibreOffice did not make it. */
public class PdfOffException extends UserFacingException {

    PdfOffException(String message) {
        super(message);
    }
}

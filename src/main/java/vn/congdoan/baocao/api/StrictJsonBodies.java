package vn.congdoan.baocao.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import vn.congdoan.baocao.system.BadRequestException;
import vn.congdoan.baocao.system.StoredText;
import vn.congdoan.baocao.system.TooLargeException;
import vn.congdoan.baocao.system.UnreadableJson;

/**
 * A JSON body is UTF-8 and of a size the API takes, checked before it is parsed: the JSON reader lets a
 * UTF-8-encoded surrogate (ED A0 80) through as a broken character, and would read any size into memory.
 */
@ControllerAdvice
class StrictJsonBodies extends RequestBodyAdviceAdapter {

    /** Sixteen sections of 200,000 Vietnamese characters fit, with room to spare. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return AbstractJackson2HttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body;
        try (InputStream in = input.getBody()) {
            body = in.readNBytes(MAX_BYTES + 1);
        }
        if (body.length > MAX_BYTES) {
            throw new TooLargeException("Nội dung yêu cầu quá lớn: tối đa " + StoredText.count(MAX_BYTES / 1024 / 1024)
                    + " MB. Dữ liệu đã lưu không thay đổi.");
        }
        MediaType type = input.getHeaders().getContentType();
        if (type == null || type.getCharset() == null || StandardCharsets.UTF_8.equals(type.getCharset())) {
            requireUtf8(body);
        }
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }

    private static void requireUtf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(body);
        CharBuffer chars = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(bytes, chars, true);
            if (result.isError()) {
                throw new BadRequestException(UnreadableJson.notUtf8(bytes.position() + 1));
            }
            if (result.isUnderflow()) {
                return;
            }
            chars.clear();
        }
    }
}

import { defineMessages } from "../define";

/** What the HTTP server answers before a page is rendered (server/guards.ts); never sent to the browser's dictionary. */
export default defineMessages(
  {
    "http.crossSite":
      "Yêu cầu này đến từ một trang khác nên đã bị từ chối. Hãy mở lại trang của Chợ OCOP và thử lại.",
    "http.tooLarge": "Nội dung gửi lên quá lớn (tối đa {max}). Hãy rút gọn rồi gửi lại.",
    "http.lengthRequired": "Yêu cầu thiếu độ dài nội dung (Content-Length).",
  },
  {
    "http.crossSite":
      "This request came from another site and was refused. Open the Chợ OCOP page again and retry.",
    "http.tooLarge": "What you sent is too large (at most {max}). Shorten it and send it again.",
    "http.lengthRequired": "The request has no content length (Content-Length).",
  },
);

import { defineMessages } from "../define";

/** Refusals of app/web/request-input.server.ts, which reads every form before its schema. */
export default defineMessages(
  {
    "input.error.control":
      "Trường này chứa ký tự điều khiển không hợp lệ. Vui lòng nhập lại bằng bàn phím.",
    "input.error.tooLong": "Nội dung của trường này quá dài.",
    "input.error.notAForm": "Dữ liệu gửi lên không phải là một biểu mẫu.",
    "input.error.unknownIntent": "Thao tác này không có trên trang. Vui lòng tải lại trang.",
  },
  {
    "input.error.control":
      "This field contains control characters that are not allowed. Please type it again.",
    "input.error.tooLong": "This field is far too long.",
    "input.error.notAForm": "What was sent is not a form.",
    "input.error.unknownIntent": "This page has no such action. Please reload the page.",
  },
);

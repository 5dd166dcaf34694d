import { defineMessages } from "../define";

/** The OCOP rating rules per legal basis (issue 12): "4★ potential 5★", evaluation results. */
export default defineMessages(
  {
    "ocop.potentialFive": "{stars} sao, tiềm năng 5 sao",
    "ocop.potentialFiveNote":
      "Điểm đánh giá từ 90 trở lên: tỉnh công nhận 4 sao và đề nghị đánh giá, công nhận 5 sao cấp quốc gia.",
    "ocop.notAchieved": "Không đạt",
    "ocop.noDecisionNumber": "Không có số quyết định",
    "acert.field.notAchieved": "Không đạt (không đáp ứng tiêu chí bắt buộc)",
    "acert.field.notAchievedHint":
      "Chọn khi hội đồng kết luận sản phẩm không đạt một tiêu chí bắt buộc, dù điểm là bao nhiêu. Đây là kết quả đánh giá, không công khai.",
    "acert.field.evaluationNumberHint":
      "Để trống với kết quả 1–2 sao hoặc không đạt theo Quyết định 1489/QĐ-TTg và 26/2026/QĐ-TTg: đó là kết quả đánh giá, không phải quyết định.",
    "acert.error.notAchievedScore": "Kết quả không đạt cần có điểm đánh giá của hội đồng.",
    "acert.error.evaluationNoNumber":
      "Theo căn cứ này, kết quả 1–2 sao hoặc không đạt không phải là quyết định: để trống số quyết định.",
    "stats.potentialFive": "4 sao, tiềm năng 5 sao",
  },
  {
    "ocop.potentialFive": "{stars} stars, potential 5 stars",
    "ocop.potentialFiveNote":
      "Scored 90 or more: recognised 4 stars by the province and proposed for national-level 5 stars.",
    "ocop.notAchieved": "Not achieved",
    "ocop.noDecisionNumber": "No decision number",
    "acert.field.notAchieved": "Not achieved (a mandatory criterion failed)",
    "acert.field.notAchievedHint":
      "Tick when the council found a mandatory criterion failed, whatever the score. This is an evaluation result and is never public.",
    "acert.field.evaluationNumberHint":
      "Leave empty for a 1–2 star or not-achieved result under Decisions 1489/QĐ-TTg and 26/2026/QĐ-TTg: it is an evaluation result, not a decision.",
    "acert.error.notAchievedScore": "A not-achieved result needs the council's score.",
    "acert.error.evaluationNoNumber":
      "Under this basis a 1–2 star or not-achieved result is not a decision: leave the decision number empty.",
    "stats.potentialFive": "4 stars, potential 5 stars",
  },
);

import { defineMessages } from "../define";

export default defineMessages(
  {
    "search.label": "Tìm sản phẩm OCOP",
    "search.placeholder": "Tìm mật ong, chè, gạo, chủ thể…",
    "search.submit": "Tìm",
    "search.suggestions": "Gợi ý sản phẩm",
    "search.suggestionsCount": "{count} gợi ý, dùng phím mũi tên để chọn",
    "search.noSuggestions": "Không có gợi ý",
    "search.resultsFor": "Kết quả cho “{q}”",
    "search.clearSearch": "Xóa từ khóa",
    "search.noResults.title": "Không tìm thấy sản phẩm cho “{q}”",
    "search.noResults.body": "Hãy thử từ khóa ngắn hơn, kiểm tra chính tả hoặc bỏ bớt bộ lọc.",
    "search.noResults.clearFilters": "Bỏ mọi bộ lọc, giữ từ khóa",
    "search.nearest": "Sản phẩm gần nhất với tìm kiếm của bạn",
    "search.sort.relevance": "Phù hợp nhất",
  },
  {
    "search.label": "Search OCOP products",
    "search.placeholder": "Search honey, tea, rice, producers…",
    "search.submit": "Search",
    "search.suggestions": "Product suggestions",
    "search.suggestionsCount": "{count} suggestions, use the arrow keys to choose",
    "search.noSuggestions": "No suggestions",
    "search.resultsFor": "Results for “{q}”",
    "search.clearSearch": "Clear the search",
    "search.noResults.title": "No products found for “{q}”",
    "search.noResults.body": "Try a shorter word, check the spelling or remove some filters.",
    "search.noResults.clearFilters": "Remove all filters, keep the search",
    "search.nearest": "The products closest to your search",
    "search.sort.relevance": "Most relevant",
  },
);

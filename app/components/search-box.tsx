import { Form, useNavigate } from "@remix-run/react";
import { useEffect, useId, useRef, useState } from "react";
import { useT } from "~/i18n/use-t";
import type { Segment } from "../../search/port";
import { Highlighted } from "./highlighted";

type Suggestion = { slug: string; nameVi: Segment[]; nameEn: Segment[] };
const DEBOUNCE_MS = 200;

/**
 * The header search: a plain GET form to /products (works without JavaScript) that becomes
 * an accessible combobox with as-you-type suggestions when JavaScript runs (WAI-ARIA 1.2
 * combobox pattern: arrow keys move, Enter opens the chosen product, Escape closes).
 */
export function SearchBox({ defaultValue = "" }: { defaultValue?: string }) {
  const { t, lang } = useT();
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const pending = useRef<AbortController>();
  const navigate = useNavigate();
  const [text, setText] = useState(defaultValue);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const listId = useId();
  const inputId = useId();
  const expanded = open && text.trim().length >= 2 && suggestions.length > 0;

  const input = useRef<HTMLInputElement>(null);
  const hydrated = useRef(false);
  useEffect(() => {
    if (!hydrated.current) {
      hydrated.current = true;
      // Text typed before the page's JavaScript ran is the reader's: keep it, do not reset it.
      const typed = input.current?.value ?? defaultValue;
      if (typed !== defaultValue) setText(typed);
      return;
    }
    setText(defaultValue);
  }, [defaultValue]);
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      pending.current?.abort();
    },
    [],
  );

  /**
   * Suggestions come from a plain request, not a Remix fetcher: a suggestion that fails or
   * arrives during a navigation is simply dropped, and can never replace the page with an error.
   */
  async function loadSuggestions(value: string) {
    pending.current?.abort();
    const controller = new AbortController();
    pending.current = controller;
    try {
      const response = await fetch(`/api/suggest?${new URLSearchParams({ q: value })}`, {
        signal: controller.signal,
        headers: { Accept: "application/json" },
      });
      if (!response.ok) return;
      const body = (await response.json()) as { suggestions?: Suggestion[] };
      if (!controller.signal.aborted) setSuggestions(body.suggestions ?? []);
    } catch {
      // Aborted or offline: the search form still works without suggestions.
    }
  }

  function onChange(value: string) {
    setText(value);
    setActive(-1);
    setOpen(true);
    clearTimeout(timer.current);
    if (value.trim().length < 2) return;
    timer.current = setTimeout(() => {
      void loadSuggestions(value);
    }, DEBOUNCE_MS);
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown" && suggestions.length) {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % suggestions.length);
    } else if (e.key === "ArrowUp" && suggestions.length) {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (i <= 0 ? suggestions.length - 1 : i - 1));
    } else if (e.key === "Escape") {
      setOpen(false);
      setActive(-1);
    } else if (e.key === "Enter" && expanded && active >= 0) {
      const chosen = suggestions[active];
      if (chosen) {
        e.preventDefault();
        setOpen(false);
        navigate(`/products/${chosen.slug}`);
      }
    }
  }

  return (
    <Form
      method="get"
      action="/products"
      role="search"
      aria-label={t("search.landmark")}
      className="relative w-full"
    >
      <label htmlFor={inputId} className="sr-only">
        {t("search.label")}
      </label>
      <div className="flex overflow-hidden rounded-lg bg-white ring-1 ring-white/30 focus-within:ring-2 focus-within:ring-accent-400">
        <input
          ref={input}
          id={inputId}
          name="q"
          // HTML allows the combobox role on a text input, not on a search input (ARIA in
          // HTML); inputMode and enterKeyHint still give phones their search keyboard and key.
          type="text"
          inputMode="search"
          enterKeyHint="search"
          value={text}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onFocus={() => setOpen(true)}
          placeholder={t("search.placeholder")}
          maxLength={100}
          autoComplete="off"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          className="min-h-11 w-full min-w-0 flex-1 bg-transparent px-3 text-base text-stone-900 placeholder:text-stone-500 focus:outline-none"
        />
        <button
          type="submit"
          className="flex min-h-11 items-center gap-1.5 bg-accent-400 px-3 font-semibold text-stone-900 hover:bg-accent-500"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5">
            <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="M13 13l4 4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
          <span className="sr-only sm:not-sr-only">{t("search.submit")}</span>
        </button>
      </div>
      <ul
        id={listId}
        role="listbox"
        aria-label={t("search.suggestions")}
        hidden={!expanded}
        className="absolute inset-x-0 top-full z-30 mt-1 overflow-hidden rounded-lg bg-white py-1 text-stone-900 shadow-lg ring-1 ring-stone-200"
      >
        {suggestions.map((s, i) => (
          <li
            key={s.slug}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            // mousedown, not click: it runs before the input's blur closes the list.
            onMouseDown={(e) => {
              e.preventDefault();
              setOpen(false);
              navigate(`/products/${s.slug}`);
            }}
            onMouseEnter={() => setActive(i)}
            className={`cursor-pointer px-3 py-2.5 text-sm ${i === active ? "bg-brand-100" : ""}`}
          >
            <Highlighted segments={lang === "en" && s.nameEn.length ? s.nameEn : s.nameVi} />
          </li>
        ))}
      </ul>
      <p aria-live="polite" className="sr-only">
        {expanded ? t("search.suggestionsCount", { count: suggestions.length }) : ""}
      </p>
    </Form>
  );
}

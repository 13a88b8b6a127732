// explorer.cpp — see explorer.h.
// [SECTION] Startup  [SECTION] Frame  [SECTION] Layout and windows  [SECTION] Effects
#include "ui/explorer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "persist/link.h"
#include "ui/backtest_data.h"
#include "ui/engine_bridge.h"
#include "ui/goal.h"
#include "ui/link_sync.h"
#include "ui/panels.h"
#include "ui/scenario_title.h"
#include "ui/summary.h"
#include "ui/widgets.h"

namespace armistice::ui {

// [SECTION] Startup
Explorer::Explorer(const Startup& startup) {
    fonts_ = install_fonts(startup.raster_scale);
    if (startup.theme && *startup.theme == "light") state_.prefs.theme = Theme::Light;
    state_.tour.dismissed = startup.tour_dismissed;
    state_.intro_dismissed = startup.intro_dismissed;
    state_.prefs.language = startup.language < text::language_count() ? startup.language : 0;
    if (startup.language_pack) {
        languages_.request(state_.prefs.language);  // app.js fetched it: no second request
        pending_banner_ = languages_.arrive(*startup.language_pack);
    }
    const auto& entries = presets_.entries();
    if (!entries.empty()) {
        const PresetEntry& d = entries[presets_.default_index()];
        state_.load_fresh(d.file.scenario, d.file.scenario.name);
    }
    if (!startup.fragment.empty()) {
        std::string notice;
        if (auto err = apply_link(state_, startup.fragment, &notice)) {
            pending_banner_ =
                languages_.strings(state_.prefs.language)
                    .format(text::Str::explorer_link_error_default, {{"error", *err}});
        } else if (!notice.empty()) {
            pending_banner_ = notice;
        }
        last_fragment_ = startup.fragment;
    } else if (!state_.tour.dismissed) {
        state_.begin_tour();  // first visit: the guided tour
    }
}

void Explorer::share_result(bool ok, double now_ms) {
    if (!ok) return;
    if (clipboard_is_class_link_) {
        state_.class_link_copied_at_ms = now_ms;
    } else {
        state_.share_confirmed_at_ms = now_ms;
    }
}

void Explorer::handle_keys() {
    pane_tabbing_.begin_frame();
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput) return;
    const bool mod = io.KeyCtrl || io.KeySuper;
    // F6 / Shift+F6: the next / previous pane in reading order (top bar, builder, cards), as in
    // desktop applications; Tab then moves inside it.
    if (ImGui::IsKeyPressed(ImGuiKey_F6, false) && !panes_.ids.empty()) {
        const int n = static_cast<int>(panes_.ids.size());
        const int from = panes_.focused < 0 ? (io.KeyShift ? 0 : n - 1) : panes_.focused;
        const int to = (from + (io.KeyShift ? n - 1 : 1)) % n;
        ImGui::SetWindowFocus(panes_.ids[static_cast<std::size_t>(to)].c_str());
    }
    if (mod && ImGui::IsKeyPressed(ImGuiKey_Z, false)) {
        queued_.push_back(io.KeyShift ? Command{cmd::Redo{}} : Command{cmd::Undo{}});
    } else if (mod && ImGui::IsKeyPressed(ImGuiKey_Y, false)) {
        queued_.push_back(cmd::Redo{});
    }
}

// [SECTION] Layout and windows
namespace {

// CSS px: narrower windows get the one-column layout, and so do shorter ones (a phone held
// sideways, 844x390: split panes under the top bar would be a few lines tall).
constexpr float kPhoneBelow = 600.0f;
constexpr float kShortBelow = 480.0f;

constexpr ImGuiWindowFlags kPaneFlags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                        ImGuiWindowFlags_NoCollapse |
                                        ImGuiWindowFlags_NoSavedSettings |
                                        ImGuiWindowFlags_NoBringToFrontOnFocus;

// Begins a fixed pane and records it in `ring` (reading order), noting whether it has focus.
bool begin_pane(PaneRing& ring, const char* title, ImVec2 pos, ImVec2 size,
                ImGuiWindowFlags extra = 0) {
    ImGui::SetNextWindowPos(pos, ImGuiCond_Always);
    ImGui::SetNextWindowSize(size, ImGuiCond_Always);
    const bool open = ImGui::Begin(title, nullptr, kPaneFlags | extra);
    const char* id = std::strstr(title, "###");
    ring.ids.emplace_back(id ? id : title);
    if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows))
        ring.focused = static_cast<int>(ring.ids.size()) - 1;
    return open;
}

std::string headline(const text::Strings& lang, const Outcome& o) {
    std::string t;
    for (const std::string& part : answer_headlines(lang, o))
        t += (t.empty() ? "" : "   ·   ") + part;
    return t;
}

}  // namespace

void Explorer::draw(const HostFrame& host, PanelOut& out) {
    panes_ = PaneRing{};  // refilled below; handle_keys() reads last frame's
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const ImVec2 origin = vp->WorkPos;
    const float W = vp->WorkSize.x, H = vp->WorkSize.y;
    const bool wide = W >= 1280.0f;
    const bool phone = W < kPhoneBelow || H < kShortBelow;
    const bool portrait = !wide && H > W;
    const bool compare_open = state_.prefs.view == View::Compare && state_.compare;
    const Outcome* cmp = compare_open ? &eval_b_.outcome() : nullptr;
    const GoalStatus goal = check_goal(languages_.strings(state_.prefs.language),
                                       state_.educator.goal, eval_a_.outcome());
    // On a phone the top bar is the column's first section and scrolls away with it (fixed, it
    // took a third of the height: 218 of 640 px); floating windows then open from the top.
    const float bar_h = phone ? 0.0f : top_bar_height_;
    PanelView v{state_,
                eval_a_.outcome(),
                cmp,
                presets_,
                fonts_,
                goal,
                host.now_ms,
                !wide,
                compare_open ? &effects_.effects() : nullptr,
                backtest_ ? &*backtest_ : nullptr,
                origin.y + bar_h};
    v.phone = phone;
    v.t = languages_.strings(state_.prefs.language);
    v.coarse = coarse_;

    // Top bar: full width, height measured from its content last frame.
    if (!phone) {
        if (begin_pane(panes_, label(v.t, text::Str::explorer_top_bar, "topbar").c_str(), origin,
                       ImVec2(W, top_bar_height_),
                       ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar)) {
            draw_top_bar(v, out);
            top_bar_height_ = ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y -
                              ImGui::GetStyle().ItemSpacing.y;
        }
        ImGui::End();
    }

    const float top = origin.y + bar_h;
    const float avail_h = H - bar_h;
    if (phone) {
        // One column, one scroll (panel_phone.cpp); a change of card (the tour, a link) scrolls
        // to it, though not on the first frame: a visitor starts at the top.
        const int card = state_.prefs.card;
        const int scroll_to = phone_card_ >= 0 && card != phone_card_ ? card : 0;
        phone_card_ = card;
        if (begin_pane(panes_, label(v.t, text::Str::explorer_column, "column").c_str(),
                       ImVec2(origin.x, top), ImVec2(W, avail_h), ImGuiWindowFlags_NoTitleBar))
            draw_phone_column(v, out, scroll_to);
        ImGui::End();
        draw_floating(v, out);
        return;
    }
    phone_card_ = -1;
    ImVec2 builder_pos(origin.x, top), builder_size, out_pos, out_size;
    if (wide) {
        builder_size = ImVec2(std::max(400.0f, W * 0.30f), avail_h);
        out_pos = ImVec2(origin.x + builder_size.x, top);
        out_size = ImVec2(W - builder_size.x, avail_h);
    } else if (portrait) {
        builder_size = ImVec2(W, std::floor(avail_h * 0.44f));
        out_pos = ImVec2(origin.x, top + builder_size.y);
        out_size = ImVec2(W, avail_h - builder_size.y);
    } else {
        builder_size = ImVec2(std::floor(W * 0.42f), avail_h);
        out_pos = ImVec2(origin.x + builder_size.x, top);
        out_size = ImVec2(W - builder_size.x, avail_h);
    }

    if (begin_pane(panes_, label(v.t, text::Str::explorer_builder, "builder").c_str(), builder_pos,
                   builder_size))
        draw_builder(v, out);
    ImGui::End();

    if (state_.prefs.view == View::Timeline) {
        if (begin_pane(panes_, label(v.t, text::Str::top_timeline, "timeline").c_str(), out_pos,
                       out_size))
            draw_timeline(v, out);
        ImGui::End();
    } else if (compare_open || state_.prefs.view == View::Compare) {
        if (begin_pane(panes_, label(v.t, text::Str::top_compare, "compare").c_str(), out_pos,
                       out_size))
            draw_compare(v, out);
        ImGui::End();
    } else if (wide) {
        const float col = std::floor(out_size.x * 0.5f);
        const float sign_h = std::floor(out_size.y * 0.58f);
        if (begin_pane(panes_, label(v.t, text::Str::explorer_sign, "sign").c_str(), out_pos,
                       ImVec2(col, sign_h))) {
            draw_sign_card(v, out);
            touch_scroll(out);
        }
        ImGui::End();
        if (begin_pane(panes_, label(v.t, text::Str::explorer_law, "law").c_str(),
                       ImVec2(out_pos.x, out_pos.y + sign_h), ImVec2(col, out_size.y - sign_h))) {
            draw_law_card(v, out);
            touch_scroll(out);
        }
        ImGui::End();
        if (begin_pane(panes_, label(v.t, text::Str::explorer_hold, "hold").c_str(),
                       ImVec2(out_pos.x + col, out_pos.y), ImVec2(out_size.x - col, out_size.y))) {
            draw_hold_card(v, out);
            touch_scroll(out);
        }
        ImGui::End();
    } else {
        if (begin_pane(panes_, label(v.t, text::Str::explorer_results, "results").c_str(), out_pos,
                       out_size)) {
            text_colored(color_muted(), headline(v.t, eval_a_.outcome()));
            const int want = std::max(state_.prefs.card, 1);
            const bool force = want != last_card_;
            last_card_ = want;
            if (ImGui::BeginTabBar("cards")) {
                const std::string names[] = {label(v.t, text::Str::explorer_sign, "card_sign"),
                                             label(v.t, text::Str::explorer_law, "card_law"),
                                             label(v.t, text::Str::explorer_hold, "card_hold")};
                for (int i = 0; i < 3; ++i) {
                    const ImGuiTabItemFlags f = force && want == i + 1 ? ImGuiTabItemFlags_SetSelected : 0;
                    const bool open = ImGui::BeginTabItem(names[i].c_str(), nullptr, f);
                    out.rect("tab.card" + std::to_string(i + 1));
                    if (ImGui::IsItemClicked() && want != i + 1) out.push(cmd::SetCard{i + 1});
                    if (open) {
                        ImGui::BeginChild("card", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
                        if (i == 0) draw_sign_card(v, out);
                        if (i == 1) draw_law_card(v, out);
                        if (i == 2) draw_hold_card(v, out);
                        touch_scroll(out);
                        ImGui::EndChild();
                        ImGui::EndTabItem();
                    }
                }
                ImGui::EndTabBar();
            }
        }
        ImGui::End();
    }
    draw_floating(v, out);
}

// The floating windows over the panes (the tour last: it outlines what the panes drew).
void Explorer::draw_floating(PanelView& v, PanelOut& out) {
    // The fixed top bar's bottom, measured this frame (none on a phone: it scrolls).
    v.top_y = ImGui::GetMainViewport()->WorkPos.y + (v.phone ? 0.0f : top_bar_height_);
    draw_model_card(v, out);
    draw_class_link(v, out);
    draw_tour(v, out);
    draw_share_toast(v, out);
    record_tooltip(out);
    pane_tabbing_.end_frame(panes_);
}

// [SECTION] Frame
Effects Explorer::frame(const HostFrame& host) {
    Effects fx;
    if (pending_banner_) {
        fx.banner = *pending_banner_;
        pending_banner_.reset();
    }
    // A link opened while running (the user edited or pasted the address).
    if (host.fragment != last_fragment_) {
        last_fragment_ = host.fragment;
        if (!host.fragment.empty()) {
            std::string notice;
            if (auto err = apply_link(state_, host.fragment, &notice)) {
                fx.banner = languages_.strings(state_.prefs.language)
                                .format(text::Str::explorer_link_error_kept, {{"error", *err}});
            } else {
                fx.banner = notice;  // "" hides a previous banner
            }
        }
    }
    coarse_ = host.coarse_pointer;
    if (!theme_applied_ || applied_theme_ != state_.prefs.theme || applied_coarse_ != coarse_) {
        apply_theme(state_.prefs.theme, coarse_);
        applied_theme_ = state_.prefs.theme;
        applied_coarse_ = coarse_;
        theme_applied_ = true;
    }
    handle_keys();
    if (host.language_pack) {
        if (auto refused = languages_.arrive(*host.language_pack)) fx.banner = std::move(refused);
    }
    fx.language_pack = languages_.request(state_.prefs.language);

    // Engine work within host.budget_ms: A alone, or in the compare view A up to ½, B up to half
    // of what is left, then B's clause effects the rest (B needs no sensitivity ranking).
    const bool compare_open = state_.prefs.view == View::Compare && state_.compare;
    const double work_start = host.clock();
    eval_a_.update(state_.scenario, compare_open ? host.budget_ms * 0.5 : host.budget_ms, host.clock);
    if (compare_open) {
        eval_b_.update(*state_.compare, (host.budget_ms - (host.clock() - work_start)) * 0.5, host.clock);
        const double left = host.budget_ms - (host.clock() - work_start);
        effects_.update(state_.scenario, *state_.compare, left, host.clock);
    }
    // The model card's backtest figures: analytic, well under a millisecond; once, when opened.
    if (state_.prefs.model_card_open && !backtest_)
        backtest_ = bridge::backtest_figures(data::backtest_cases_dev_csv());

    PanelOut out;
    pane_coast_.before_panes(host.now_ms);
    draw(host, out);
    pane_coast_.after_panes(out.touch_dragged, host.now_ms);

    // Apply commands (keys first, then panels, in order).
    const bool tour_was_running = state_.tour.step >= 0;
    for (const Command& c : queued_) state_.apply(c, presets_, host.now_ms);
    queued_.clear();
    for (const Command& c : out.commands) {
        state_.apply(c, presets_, host.now_ms);
        if (std::holds_alternative<cmd::StartTour>(c) && !tour_was_running) {
            state_.apply(tour_first_preset(presets_), presets_, host.now_ms);
            state_.apply(cmd::SetCard{1}, presets_, host.now_ms);
        }
    }

    // [SECTION] Effects
    const std::string fragment = persist::encode_link(make_link_state(state_));
    if (!fragment.empty() && fragment != last_fragment_) {
        last_fragment_ = fragment;
        fx.fragment = fragment;
    }
    clipboard_is_class_link_ = false;
    if (state_.effects.share_requested) {
        state_.effects.share_requested = false;
        fx.clipboard = host.page_url + "#" + last_fragment_;
        fx.strings.emplace_back("lastSharedLink", *fx.clipboard);
    }
    if (state_.effects.class_link_requested) {
        state_.effects.class_link_requested = false;
        const std::string link =
            persist::encode_link(class_link_state(state_.scenario, state_.class_draft));
        if (!link.empty()) {
            fx.clipboard = host.page_url + "#" + link;
            fx.strings.emplace_back("lastClassLink", *fx.clipboard);
            clipboard_is_class_link_ = true;
        }
    }
    // The page title says what is on screen (an edited preset: "Edited from: …").
    const text::Strings t = languages_.strings(state_.prefs.language);
    std::string title =
        t.format(text::Str::explorer_page_title, {{"title", scenario_title(t, state_.scenario)}});
    if (title != last_title_) {
        last_title_ = title;
        fx.title = std::move(title);
    }
    // The language on screen (English until a chosen language's pack has arrived).
    const std::size_t shown = languages_.strings(state_.prefs.language).language();
    if (shown != published_language_) {
        published_language_ = shown;
        fx.language = text::language_code(shown);
        fx.strings.emplace_back("language", *fx.language);
    }
    for (auto& kv : state_.effects.storage) fx.storage.push_back(std::move(kv));
    state_.effects.storage.clear();

    const text::Strings reader = languages_.strings(state_.prefs.language);
    const GoalStatus goal = check_goal(reader, state_.educator.goal, eval_a_.outcome());
    const bool compare_now = state_.prefs.view == View::Compare && state_.compare;
    std::string summary = build_summary(reader, state_, eval_a_.outcome(), goal,
                                        compare_now ? &effects_.effects() : nullptr);
    if (summary != last_summary_) {
        last_summary_ = summary;
        fx.summary = std::move(summary);
    }
    AccessibleUpdate a11y =
        accessible_.update(reader, state_, eval_a_.outcome(), eval_a_.evaluated(), goal);
    fx.outline = std::move(a11y.outline);
    fx.announcement = std::move(a11y.announcement);
    // A copy is confirmed to screen readers too: one short sentence, once per copy.
    const auto announce_copy = [&fx](double at_ms, double& announced_ms, const char* sentence) {
        if (at_ms == announced_ms) return;
        announced_ms = at_ms;
        fx.announcement = fx.announcement && !fx.announcement->empty()
                              ? *fx.announcement + " " + sentence
                              : std::string(sentence);
    };
    announce_copy(state_.share_confirmed_at_ms, announced_share_ms_,
                  t(text::Str::explorer_link_copied));
    announce_copy(state_.class_link_copied_at_ms, announced_class_link_ms_,
                  t(text::Str::explorer_class_link_copied));
    std::string rects = "{";
    std::string text_fields = "[";  // [[x0,y0,x1,y1],...] of the text inputs on screen
    for (const WidgetRect& r : out.rects) {
        char buf[160];
        std::snprintf(buf, sizeof buf, "\"%s\":[%.1f,%.1f,%.1f,%.1f],", r.key.c_str(), r.x0, r.y0,
                      r.x1, r.y1);
        rects += buf;
        if (r.text_field) {
            std::snprintf(buf, sizeof buf, "[%.1f,%.1f,%.1f,%.1f],", r.x0, r.y0, r.x1, r.y1);
            text_fields += buf;
        }
    }
    if (rects.size() > 1) rects.pop_back();
    rects += "}";
    if (text_fields.size() > 1) text_fields.pop_back();
    text_fields += "]";
    if (text_fields != last_text_fields_) {
        last_text_fields_ = text_fields;
        fx.strings.emplace_back("textFields", text_fields);
    }
    if (out.focused != last_focused_key_) {  // keyboard tests find their way with it
        last_focused_key_ = out.focused;
        fx.strings.emplace_back("focusedKey", out.focused);
    }
    if (rects != last_rects_) {
        last_rects_ = rects;
        fx.strings.emplace_back("rects", rects);
    }
    if (compare_now) {
        std::string json = compare_effects_json(effects_.effects());
        if (json != last_effects_json_) {
            last_effects_json_ = json;
            fx.strings.emplace_back("compareEffects", std::move(json));
        }
    }
    if (backtest_ && backtest_->available) {
        fx.numbers.emplace_back("backtestCases", static_cast<double>(backtest_->cases));
        fx.numbers.emplace_back("backtestC", backtest_->c_index);
        fx.numbers.emplace_back("backtestBrier60", backtest_->brier_60);
        fx.numbers.emplace_back("backtestBaselineC", backtest_->baseline_c_index);
        for (std::size_t i = 0; i < backtest_->calibration.size(); ++i) {
            const std::string k = std::to_string(i);
            fx.numbers.emplace_back("backtestCalPredicted" + k, backtest_->calibration[i].predicted);
            fx.numbers.emplace_back("backtestCalObserved" + k, backtest_->calibration[i].observed);
        }
    }
    const HoldOutcome& h = eval_a_.outcome().hold;
    // In the compare view, B and the clause effects count as refining too (tests wait on it).
    const bool busy = eval_a_.busy() || (compare_now && (eval_b_.busy() || effects_.busy()));
    fx.numbers.emplace_back("refining", busy ? 1.0 : 0.0);
    fx.numbers.emplace_back("runsDone", h.runs_done);
    fx.numbers.emplace_back("bestSearching", eval_a_.best_searching() ? 1.0 : 0.0);
    fx.numbers.emplace_back("undoDepth", static_cast<double>(state_.undo.size()));
    fx.numbers.emplace_back("modelCardOpen", state_.prefs.model_card_open ? 1.0 : 0.0);
    const double since_share_ms = host.now_ms - state_.share_confirmed_at_ms;
    fx.numbers.emplace_back("shareConfirmed", since_share_ms < kShareToastMs ? 1.0 : 0.0);
    // Draw on demand: while refining, and while the share toast (4 s, panel_top_bar.cpp) shows,
    // plus a few frames so the frame without it is drawn.
    const double since_class_ms = host.now_ms - state_.class_link_copied_at_ms;
    fx.numbers.emplace_back("classLinkCopied", since_class_ms < 4000.0 ? 1.0 : 0.0);
    fx.numbers.emplace_back("touchCoasting", pane_coast_.coasting() ? 1.0 : 0.0);
    fx.numbers.emplace_back("coarsePointer", coarse_ ? 1.0 : 0.0);
    fx.keep_drawing = busy || since_share_ms < kShareToastMs + 100.0 || since_class_ms < 4100.0 ||
                      pending_banner_.has_value() || pane_coast_.coasting();
    return fx;
}

}  // namespace armistice::ui

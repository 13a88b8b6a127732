// params.h — the durability model's parameter table: every number with its range and source.
//
// Purpose: one table (params.cpp) holds each parameter's point value, a plausible range and where
// it comes from (a paper or dataset, a seed article, or "assumption"). The model card prints
// it; the Monte Carlo draws K parameter sets from the ranges (triangular low/value/high, Latin
// hypercube) so the 90% band carries parameter uncertainty, not only sampling noise.
// Invariants: low <= value <= high for every row (tested); `ParamId` order is internal only (no
// link or file stores it), but row names are public (model card, UI): never rename them.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace armistice::durability {

// X(id, value, low, high, unit, source)
#define ARMISTICE_DURABILITY_PARAMS(X) \
    X(base_hazard_month1, 0.09, 0.07, 0.11, "probability/month", "civil-war truces without peacekeepers, month 1 (Fortna, 'Does Peacekeeping Keep Peace?', International Studies Quarterly 48, 2004, data re-estimated)") \
    X(interstate_scale, 0.40, 0.33, 0.50, "ratio", "assumption: interstate armistices fail less often than civil-war truces (Fortna, 'Inside and Out', International Studies Review 5(4), 2003); 1/3 to 1/2 of the civil-war hazard") \
    X(weibull_shape, 0.5, 0.4, 0.7, "dimensionless", "ceasefire failures cluster early and the hazard falls steeply with time (Fortna, 'Peace Time', Princeton UP 2004; Jensen, CSIS Futures Lab, Aug 2025); shape about 0.5") \
    X(share_escalation, 0.45, 0.30, 0.60, "share of baseline hazard", "assumption: minor violations start within days, large failures cluster 2-6 months in (Jensen, CSIS Futures Lab, Aug 2025)") \
    X(share_collapse, 0.20, 0.10, 0.30, "share of baseline hazard", "assumption; the deliberate-offensive share is the remainder") \
    X(off_channel_weight, 0.5, 0.25, 0.75, "exponent", "assumption: a mechanism acts fully on its own channel, partly on the others (overall effect kept at its prior)") \
    X(agreement_floor, 0.2, 0.15, 0.3, "multiplier", "assumption: no stack of clauses makes a ceasefire risk-free; combined agreement-strength effect smoothly floored at about 0.2") \
    X(hr_withdrawal, 0.85, 0.7, 1.0, "hazard ratio", "interstate prior 0.7-1.0 (Fortna, 'Peace Time', Princeton UP 2004)") \
    X(hr_dmz, 0.45, 0.3, 0.6, "hazard ratio", "demilitarised zones lengthen interstate peace (Fortna, 'Scraps of Paper?', International Organization 57(2), 2003; 'Peace Time', 2004); prior 0.3-0.6") \
    X(hr_dmz_wide, 0.8, 0.6, 1.0, "hazard ratio", "assumption: a zone tens of km wide cuts contacts further") \
    X(hr_observers_neutral, 0.8, 0.6, 1.0, "hazard ratio", "prior for unarmed observers 0.6-1.0 (Fortna, 'Peace Time', 2004; Mattes & Savun, American Journal of Political Science 2010, on information-providing provisions)") \
    X(hr_observers_with_party, 0.95, 0.8, 1.1, "hazard ratio", "assumption from Minsk: OSCE Special Monitoring Mission with Russian monitors recorded roughly 200 violations a week 2016-2020 (OSCE SMM reports)") \
    X(hr_armed_neutral, 0.5, 0.4, 0.6, "hazard ratio", "prior 0.4-0.6; peacekeeping HR about 0.37-0.54 with controls in civil-war ceasefires (Fortna, 'Does Peacekeeping Work?', Princeton UP 2008, data re-estimated)") \
    X(hr_force_with_party, 1.0, 0.7, 1.5, "hazard ratio", "peacekeepers of a party or its patron (Transnistria 1992, South Ossetia 1992, Abkhazia 1994, Karabakh 2020): 3 of 4 broke down; no protective effect assumed") \
    X(hr_guarantee, 0.7, 0.5, 0.9, "hazard ratio", "explicit third-party guarantees lengthen peace after interstate wars (Fortna, 'Scraps of Paper?', International Organization 57(2), 2003); prior range for a credible guarantee 0.5-0.9; historical cases only, the Russia-Ukraine layer reads the deterrence score") \
    X(hr_joint_commission, 0.9, 0.8, 1.0, "hazard ratio", "joint commissions for dispute resolution (Fortna, 'Scraps of Paper?', 2003); prior 0.8-1.0") \
    X(hr_specificity_high, 0.8, 0.7, 0.9, "hazard ratio", "precise lines and obligations (Fortna, 'Peace Time', 2004); prior 0.7-0.9") \
    X(hr_arms_limits, 0.9, 0.75, 1.0, "hazard ratio", "assumption (no published interstate estimate)") \
    X(hr_economic_linkage, 0.9, 0.75, 1.05, "hazard ratio", "assumption") \
    X(hr_territory_unresolved, 1.5, 1.2, 2.0, "hazard ratio", "a settlement rather than a truce HR about 0.38 in civil-war ceasefire data (Fortna 2008 data, re-estimated); weaker interstate effect assumed") \
    X(hr_great_power_party, 1.2, 1.0, 1.5, "hazard ratio", "assumption: a great power or nuclear party or patron can reopen the war at will (South Ossetia 2008), though it has also restrained it (Korea 1953)") \
    X(hr_specificity_low, 1.3, 1.1, 1.7, "hazard ratio", "vague lines and obligations leave room for dispute and cheating (Fortna, 'Peace Time', Princeton UP 2004); about the reciprocal of hr_specificity_high, an assumption") \
    X(vague_terms_dampening, 0.5, 0.3, 0.7, "share of the agreement's own effect lost", "assumption: measures that vague terms do not pin down are often not implemented (Minsk Protocol 2014: agreed heavy-weapons withdrawal and buffer not carried out, OSCE SMM reports 2014-15)") \
    X(hr_decisive_victory, 0.13, 0.1, 0.5, "hazard ratio", "decisive victory HR about 0.13 in civil-war ceasefire data (Fortna 2008 data, re-estimated); range allows a weaker interstate effect") \
    X(hr_stakes, 2.0, 1.5, 3.0, "hazard ratio", "contiguity and existential stakes shorten peace (Fortna, 'Peace Time', 2004); prior 1.5-3 (Russia-Ukraine layer)") \
    X(hr_tech_monitoring, 0.9, 0.8, 1.0, "hazard ratio", "assumption: satellite/drone monitoring eases attribution") \
    X(hr_strong_guarantee, 0.3, 0.15, 0.5, "hazard ratio, deliberate channel, at deterrence score 1", "Korea 1953: a US treaty, US troops on the line and a nuclear commitment; the armistice has held since (peacemaker.un.org text; US-ROK Mutual Defense Treaty 1953); size is an assumption") \
    X(det_weight_automaticity, 0.35, 0.25, 0.45, "share of deterrence score", "assumption: seed 001 (Feb 2025) and seed 000 argue a guarantee deters only if the response is automatic; Cyprus 1974 shows a guarantee treaty without automatic defence failing") \
    X(det_weight_forces, 0.30, 0.2, 0.4, "share of deterrence score", "assumption: forces on the ground make the guarantor's involvement certain (tripwire; US troops in Korea since 1953; seed 000)") \
    X(det_weight_nuclear, 0.35, 0.25, 0.45, "share of deterrence score", "assumption: a committed nuclear power (US extended deterrence in Korea, NATO Article 5) raises the cost of renewed attack beyond any gain") \
    X(det_auto_treaty, 1.0, 0.9, 1.0, "automaticity 0-1", "NATO Article 5: treaty obligation with integrated command (North Atlantic Treaty 1949)") \
    X(det_auto_us_pledge, 0.6, 0.4, 0.8, "automaticity 0-1", "assumption: an Article-5-like US pledge outside NATO needs a political decision (seed 001)") \
    X(det_auto_other, 0.3, 0.15, 0.45, "automaticity 0-1", "assumption: a political pact or European-only guarantee (seed 000 doubts European resolve without the US)") \
    X(det_forces_tripwire, 1.0, 0.8, 1.0, "forces 0-1", "assumption: Western troops on or near the line") \
    X(det_forces_reassurance, 0.5, 0.3, 0.7, "forces 0-1", "assumption: reassurance force away from the front (seed 001)") \
    X(det_forces_allied_basing, 0.4, 0.2, 0.6, "forces 0-1", "assumption: NATO membership without forward troops; allied reinforcement plans") \
    X(det_nuclear_european, 0.4, 0.2, 0.6, "nuclear 0-1", "assumption: British and French forces in a European-only tripwire, without the US umbrella") \
    X(hr_conditional_guarantee, 0.95, 0.85, 1.0, "hazard ratio, escalation channel", "assumption: a guarantee void if Ukraine attacks first restrains Ukrainian escalation (reported US draft, Nov 2025)") \
    X(hr_consent, 0.85, 0.7, 1.0, "hazard ratio, deliberate channel", "assumption: a deal a party signed freely engages its reputation; imposed arrangements get none (Fortna, 'Peace Time', 2004, on formal agreements)") \
    X(imposed_thin_deterrence, 1.0, 0.5, 1.5, "relative rise of deliberate hazard at deterrence score 0", "assumption: an arrangement imposed on an unwilling party holds only by deterrence; the rise falls linearly to 0 at full deterrence") \
    X(hr_international_admin, 0.85, 0.7, 1.0, "hazard ratio, escalation channel", "UNTAES, Eastern Slavonia 1996-98: a transitional UN administration handed back contested territory without renewed war (UN Security Council resolution 1037, 1996); size is an assumption") \
    X(hr_assets_to_ukraine, 1.05, 0.95, 1.15, "hazard ratio, deliberate channel", "assumption: transferring the assets removes the collateral that escrow keeps (seed 001) and adds grievance") \
    X(regen_one_sided, 0.5, 0.2, 0.8, "relative rise of the regeneration gain", "seed 003 (Kagan, AEI late 2022): caps on Ukraine alone let Russia rebuild while Ukraine may not; size is an assumption") \
    X(regen_mutual_limits, 0.7, 0.5, 0.9, "multiplier on the regeneration gain", "assumption: European force ceilings (CFE-style) also limit Russia's rebuilding (CFE Treaty 1990 precedent)") \
    X(share_front_donetsk, 0.3, 0.2, 0.4, "share of the line of contact", "assumption: the Donetsk oblast sector is roughly 300-450 km of the 1,100-1,300 km active front (ISW campaign maps 2025; front length as reported by Reuters, 2025)") \
    X(hr_western_force, 0.6, 0.4, 0.9, "hazard ratio", "retired in v2: Western troops now enter the deterrence score (det_forces_tripwire); row kept because names are public") \
    X(hr_reassurance_force, 0.85, 0.7, 1.0, "hazard ratio", "retired in v2: a reassurance force now enters the deterrence score (det_forces_reassurance); row kept because names are public") \
    X(hr_ukraine_rearmed, 0.75, 0.6, 0.9, "hazard ratio", "assumption: Israel model of a strong Ukrainian army (seed 001)") \
    X(hr_ukraine_capped, 1.2, 1.0, 1.4, "hazard ratio", "assumption: caps tilt the balance during the pause (seed 003, Kagan, AEI late 2022)") \
    X(hr_ukraine_demilitarised, 1.6, 1.2, 2.2, "hazard ratio", "assumption: severe caps invite a renewed offensive (seed 003)") \
    X(hr_auto_snapback, 0.85, 0.7, 1.0, "hazard ratio", "assumption: automatic sanction triggers on breach (seed 000)") \
    X(hr_assets_escrow, 0.9, 0.8, 1.0, "hazard ratio", "assumption: ~$300bn frozen assets as collateral (seed 001)") \
    X(hr_secondary_sanctions, 0.95, 0.85, 1.0, "hazard ratio", "assumption (seed 000)") \
    X(hr_sanctions_lifted, 1.15, 1.0, 1.3, "hazard ratio", "assumption: leverage gone") \
    X(hr_flank_alert, 0.95, 0.9, 1.0, "hazard ratio", "assumption (seed 000)") \
    X(hr_concession, 0.9, 0.75, 1.0, "hazard ratio per concession", "assumption (seed 002, 19FortyFive, 3 Feb 2023): neutrality, European arms control, recognition; weighted by the lens") \
    X(hr_ukraine_gains, 0.9, 0.7, 1.1, "hazard ratio", "assumption: seed 003 says strategic areas decide viability") \
    X(hr_two_tracks, 0.9, 0.8, 1.0, "hazard ratio", "assumption (seed 004, Parley Policy Initiative, early 2022); settlement HR 0.38 applies only once settled") \
    X(hr_patron_control, 1.5, 1.0, 2.5, "hazard ratio, deliberate channel", "with a party's force the deal holds only while the patron wants it (Transnistria, South Ossetia, Abkhazia, Karabakh: 3 of 4 broke down)") \
    X(regeneration_gain, 0.5, 0.2, 1.0, "relative rise of deliberate hazard", "seed 003: a freeze is a pause for Russian regeneration; size is an assumption") \
    X(regeneration_months, 36, 24, 60, "months", "assumption: time to rebuild offensive capacity") \
    X(us_election_first_month, 34, 34, 34, "month", "assumption: signed early 2026, US election Nov 2028, then every 48 months") \
    X(us_drop_per_election, 0.6, 0.3, 0.9, "probability x (1 - us_reliability)", "assumption: Western commitment can drop one level at each US election") \
    X(eu_fatigue_per_year, 0.15, 0.05, 0.3, "probability/year x (1 - european_readiness)", "assumption: European fatigue") \
    X(commitment_recovery, 0.25, 0.1, 0.4, "probability per check", "assumption") \
    X(credibility_wavering, 0.5, 0.3, 0.7, "share of full credibility", "assumption") \
    X(credibility_lapsed, 0.15, 0.0, 0.3, "share of full credibility", "assumption") \
    X(detection_none, 0.3, 0.15, 0.45, "share of serious violations attributed", "assumption") \
    X(detection_observers, 0.65, 0.5, 0.8, "share", "assumption") \
    X(detection_with_party, 0.4, 0.25, 0.55, "share", "assumption from Minsk (OSCE SMM reports 2015-2021: access restricted, attribution rare)") \
    X(detection_armed, 0.8, 0.65, 0.9, "share", "assumption") \
    X(detection_tech_bonus, 0.15, 0.05, 0.25, "share added", "assumption") \
    X(political_approval, 0.6, 0.4, 0.8, "probability a detected breach is answered", "assumption: political approval may not come") \
    X(auto_response, 0.95, 0.85, 1.0, "probability", "assumption: automatic triggers act at once") \
    X(unanswered_reference, 0.5, 0.35, 0.65, "share", "assumption: typical share of serious violations left unanswered in past truces") \
    X(serious_violations_per_month, 0.1, 0.03, 0.3, "events/month", "assumption: serious (attack-scale) breaches at a bare line, scaled by the escalation-channel multiplier") \
    X(incidents_per_month, 400, 100, 900, "incidents/month", "Minsk: roughly 200 violations a week 2016-2020 (OSCE SMM reports); scaled by the escalation multiplier") \
    X(obligation_violation_rate, 0.05, 0.02, 0.1, "events/month per obligation", "assumption") \
    X(erosion_hr, 1.15, 1.0, 1.3, "hazard ratio per unanswered serious violation (max 3)", "assumption") \
    X(lever_sensitivity, 0.25, 0.1, 0.4, "relative hazard per unit normalised lever deviation", "assumption") \
    X(extension_interim, 0.35, 0.15, 0.55, "probability, given the term held", "assumption: a truce that holds its term is often renewed, rarely turned into a lasting ceasefire; none of the short 2025 truces was (30-day Jeddah proposal, 30-hour Easter truce, 72-hour May truce; Reuters and AP reporting 2025)") \
    X(extension_partial, 0.15, 0.05, 0.3, "probability, given the term held", "assumption: a pause on one kind of strike is a smaller step; the March 2025 energy pause lapsed after 30 days amid mutual accusations (Reuters, Apr 2025)") \
    X(partial_hr_energy, 1.0, 0.6, 1.5, "hazard ratio against a general truce, partial deals", "assumption: a pause on strikes against energy infrastructure lapses about as readily as a general truce; the March 2025 pause ran out after its 30 days with each side accusing the other of strikes throughout (Reuters, Apr 2025)") \
    X(partial_hr_maritime, 0.5, 0.25, 1.0, "hazard ratio against a general truce, partial deals", "the Black Sea Grain Initiative (Istanbul, 22 Jul 2022) was renewed for about a year before Russia left it in July 2023 (UN and Reuters reporting); shipping arrangements lapse less readily than strike pauses, size is an assumption") \
    X(partial_hr_prisoners, 0.1, 0.02, 0.3, "hazard ratio against a general truce, partial deals", "prisoner exchanges went on throughout the war with Emirati and Turkish mediation (Reuters and AP reporting 2022-2025); size is an assumption") \
    X(partial_hr_nuclear_plant, 0.3, 0.15, 0.6, "hazard ratio against a general truce, partial deals", "IAEA staff have stayed at the Zaporizhzhia plant since September 2022 despite shelling and drone strikes nearby (IAEA updates 2022-2025); size is an assumption") \
    X(partial_violations_energy, 10, 3, 30, "alleged violations/week", "assumption: both sides alleged strikes on energy sites almost daily during the March-April 2025 pause (Reuters and AP reporting, Mar-Apr 2025)") \
    X(partial_violations_maritime, 2, 0.5, 6, "alleged violations/week", "assumption: occasional alleged attacks on shipping and ports during the 2022-23 grain corridor (Reuters reporting)") \
    X(partial_violations_prisoners, 0.1, 0.0, 0.5, "alleged violations/week", "assumption: disputes over lists and delays rather than breaches (Reuters and AP reporting 2022-2025)") \
    X(partial_violations_nuclear_plant, 1, 0.2, 3, "alleged violations/week", "assumption: the IAEA reported shelling or drone strikes near the plant every few weeks in 2023-2025 (IAEA updates)") \
    X(extension_partial_breadth, 0.05, 0.0, 0.1, "probability added per strand beyond the first", "assumption: a package covering more of the war (energy and shipping, Riyadh statements, Mar 2025) is a larger step towards a general ceasefire; capped at extension_interim") \
    X(lever_weight_aid, 1.0, 0.5, 1.5, "weight per unit lever deviation", "assumption: Western aid counts fully in the pressure on Russia to resume (seed 001 on leverage)") \
    X(lever_weight_sanctions, 0.5, 0.25, 0.75, "weight per unit lever deviation", "assumption: economic levers count half (seed 001 on leverage; seed 000 on sanctions)") \
    X(lever_weight_outside_support, 0.5, 0.25, 0.75, "weight per unit lever deviation", "assumption: outside support to Russia counts half") \
    X(lever_weight_trend, 1.0, 0.5, 1.5, "weight per unit lever deviation", "assumption: the battlefield trend counts fully (seed 003: a side that expects to gain resumes)") \
    X(lever_weight_inflation, 0.25, 0.1, 0.4, "weight per unit lever deviation", "assumption: Russian inflation counts a quarter") \
    X(lever_weight_casualties, 0.25, 0.1, 0.4, "weight per unit lever deviation", "assumption: Russian casualties count a quarter") \
    X(lever_multiplier_low, 0.5, 0.4, 0.6, "multiplier on the deliberate hazard", "assumption: levers alone at most halve Russia's deliberate hazard") \
    X(lever_multiplier_high, 2.0, 1.5, 2.5, "multiplier on the deliberate hazard", "assumption: levers alone at most double Russia's deliberate hazard") \
    X(unanswered_multiplier_low, 0.3, 0.2, 0.4, "multiplier on the collapse hazard", "assumption: answering every breach cuts the collapse hazard to about a third, not to zero") \
    X(unanswered_multiplier_high, 2.0, 1.5, 2.5, "multiplier on the collapse hazard", "assumption: leaving every breach unanswered at most doubles the collapse hazard") \
    X(detection_cap, 0.98, 0.95, 0.99, "share of serious violations attributed", "assumption: no monitoring regime attributes every serious violation (OSCE SMM reports 2015-2021 on restricted access)") \
    X(lens_revisionist_revisionism, 2.0, 1.5, 2.5, "multiplier (1 = evidence lens)", "weight of Russia's wish to resume the war: assumption encoding seed 003 (Kagan, AEI late 2022) and seed 000; range half to one and a half times its distance from 1") \
    X(lens_revisionist_concession, 0.5, 0.25, 0.75, "multiplier (1 = evidence lens)", "effect of concessions on Russia's aims: assumption encoding seed 003 (Kagan, AEI late 2022) and seed 000; range half to one and a half times its distance from 1") \
    X(lens_revisionist_western_presence, 0.7, 0.55, 0.85, "multiplier (1 = evidence lens)", "provocation by Western troops in Ukraine: assumption encoding seed 003 (Kagan, AEI late 2022) and seed 000; range half to one and a half times its distance from 1") \
    X(lens_revisionist_deterrence, 1.5, 1.25, 1.75, "multiplier (1 = evidence lens)", "effect of guarantees, rearmament and snapback: assumption encoding seed 003 (Kagan, AEI late 2022) and seed 000; range half to one and a half times its distance from 1") \
    X(lens_revisionist_institution, 0.8, 0.7, 0.9, "multiplier (1 = evidence lens)", "effect of commissions, observers and two tracks: assumption encoding seed 003 (Kagan, AEI late 2022) and seed 000; range half to one and a half times its distance from 1") \
    X(lens_revisionist_leverage, 1.0, 1.0, 1.0, "multiplier (1 = evidence lens)", "effect of the context levers: no view taken by this lens (fixed at 1)") \
    X(lens_security_driven_revisionism, 0.7, 0.55, 0.85, "multiplier (1 = evidence lens)", "weight of Russia's wish to resume the war: assumption encoding seed 002 (19FortyFive, 3 Feb 2023); range half to one and a half times its distance from 1") \
    X(lens_security_driven_concession, 2.0, 1.5, 2.5, "multiplier (1 = evidence lens)", "effect of concessions on Russia's aims: assumption encoding seed 002 (19FortyFive, 3 Feb 2023); range half to one and a half times its distance from 1") \
    X(lens_security_driven_western_presence, 1.8, 1.4, 2.2, "multiplier (1 = evidence lens)", "provocation by Western troops in Ukraine: assumption encoding seed 002 (19FortyFive, 3 Feb 2023); range half to one and a half times its distance from 1") \
    X(lens_security_driven_deterrence, 0.8, 0.7, 0.9, "multiplier (1 = evidence lens)", "effect of guarantees, rearmament and snapback: assumption encoding seed 002 (19FortyFive, 3 Feb 2023); range half to one and a half times its distance from 1") \
    X(lens_security_driven_institution, 1.2, 1.1, 1.3, "multiplier (1 = evidence lens)", "effect of commissions, observers and two tracks: assumption encoding seed 002 (19FortyFive, 3 Feb 2023); range half to one and a half times its distance from 1") \
    X(lens_security_driven_leverage, 0.8, 0.7, 0.9, "multiplier (1 = evidence lens)", "effect of the context levers: assumption encoding seed 002 (19FortyFive, 3 Feb 2023); range half to one and a half times its distance from 1") \
    X(lens_leverage_revisionism, 1.2, 1.1, 1.3, "multiplier (1 = evidence lens)", "weight of Russia's wish to resume the war: assumption encoding seed 001 (Feb 2025); range half to one and a half times its distance from 1") \
    X(lens_leverage_concession, 0.8, 0.7, 0.9, "multiplier (1 = evidence lens)", "effect of concessions on Russia's aims: assumption encoding seed 001 (Feb 2025); range half to one and a half times its distance from 1") \
    X(lens_leverage_western_presence, 1.0, 1.0, 1.0, "multiplier (1 = evidence lens)", "provocation by Western troops in Ukraine: no view taken by this lens (fixed at 1)") \
    X(lens_leverage_deterrence, 1.3, 1.15, 1.45, "multiplier (1 = evidence lens)", "effect of guarantees, rearmament and snapback: assumption encoding seed 001 (Feb 2025); range half to one and a half times its distance from 1") \
    X(lens_leverage_institution, 0.9, 0.85, 0.95, "multiplier (1 = evidence lens)", "effect of commissions, observers and two tracks: assumption encoding seed 001 (Feb 2025); range half to one and a half times its distance from 1") \
    X(lens_leverage_leverage, 2.0, 1.5, 2.5, "multiplier (1 = evidence lens)", "effect of the context levers: assumption encoding seed 001 (Feb 2025); range half to one and a half times its distance from 1") \
    X(lens_process_revisionism, 1.0, 1.0, 1.0, "multiplier (1 = evidence lens)", "weight of Russia's wish to resume the war: no view taken by this lens (fixed at 1)") \
    X(lens_process_concession, 1.0, 1.0, 1.0, "multiplier (1 = evidence lens)", "effect of concessions on Russia's aims: no view taken by this lens (fixed at 1)") \
    X(lens_process_western_presence, 1.0, 1.0, 1.0, "multiplier (1 = evidence lens)", "provocation by Western troops in Ukraine: no view taken by this lens (fixed at 1)") \
    X(lens_process_deterrence, 1.0, 1.0, 1.0, "multiplier (1 = evidence lens)", "effect of guarantees, rearmament and snapback: no view taken by this lens (fixed at 1)") \
    X(lens_process_institution, 2.0, 1.5, 2.5, "multiplier (1 = evidence lens)", "effect of commissions, observers and two tracks: assumption encoding seed 004 (Parley Policy Initiative, early 2022); range half to one and a half times its distance from 1") \
    X(lens_process_leverage, 1.0, 1.0, 1.0, "multiplier (1 = evidence lens)", "effect of the context levers: no view taken by this lens (fixed at 1)") \
    X(revisionism_alternative_points, 15.0, 10.0, 20.0, "utility points of Russia's alternative to a deal per unit of lens revisionism above 1", "assumption (acceptance model, not the hazard): a lens that weighs Russia's wish to resume the war more (seed 003, Kagan, AEI late 2022; seed 000) makes continuing the war look better to Russia; 15 points per unit puts the revisionist lens (weight 2) at about the size of the largest single lever coefficient (30, battlefield trend); range one third either side")

enum class ParamId : std::uint16_t {
#define ARMISTICE_X(id, v, lo, hi, unit, src) id,
    ARMISTICE_DURABILITY_PARAMS(ARMISTICE_X)
#undef ARMISTICE_X
        Count
};

constexpr std::size_t kParamCount = static_cast<std::size_t>(ParamId::Count);

struct ParamRow {
    std::string_view name;    // lower_snake_case, public (model card)
    double value;             // point value (mode of the triangular draw)
    double low;               // plausible range, same unit
    double high;
    std::string_view unit;
    std::string_view source;  // paper or dataset / seed / "assumption: ..."
};

const std::array<ParamRow, kParamCount>& param_table();

// One parameter set: a value per ParamId.
struct ParamSet {
    std::array<double, kParamCount> v{};
    double operator[](ParamId id) const { return v[static_cast<std::size_t>(id)]; }
    double& operator[](ParamId id) { return v[static_cast<std::size_t>(id)]; }
};

ParamSet point_params();  // every parameter at its point value

// K sets by Latin-hypercube sampling of triangular(low, value, high) distributions.
// Deterministic in (seed, k_sets).
void draw_param_sets(std::uint64_t seed, std::size_t k_sets, ParamSet* out);

}  // namespace armistice::durability

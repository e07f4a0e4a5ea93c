package io.battlesim.app.agents.web;

import io.battlesim.app.agents.InvalidTournamentException;
import io.battlesim.app.agents.TournamentRefusedException;
import io.battlesim.app.agents.TournamentRequest;
import io.battlesim.app.agents.TournamentService;
import io.battlesim.app.agents.TournamentView;
import io.battlesim.app.auth.SignedInUser;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeansException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * The tournament pages: the list with a start form for a signed-in user ("+ Add agent" and "Remove" are submit
 * buttons, so the form works without scripts; every wrong field comes back with its message), and a tournament's
 * page, whose progress, cancel button and standings refresh every second while it runs (htmx polls the {@code live}
 * fragment, which stops polling once the tournament is over).
 */
@Controller
class TournamentController {

    static final int LISTED = 50;
    private static final String SIGN_IN = "redirect:/auth/tiktok?next=/tournaments";

    private final TournamentService tournaments;

    TournamentController(TournamentService tournaments) {
        this.tournaments = tournaments;
    }

    /** Binds the form's own fields only (not the request's headers), and never grows the agents past one too many. */
    @InitBinder("tournamentForm")
    void bindOnlyTheFormsFields(WebDataBinder binder) {
        binder.setAllowedFields(TournamentForm.fieldNames());
        binder.setAutoGrowCollectionLimit(TournamentForm.MAX_AGENTS + 1);
        if (binder instanceof ExtendedServletRequestDataBinder servletBinder) {
            servletBinder.setHeaderPredicate(header -> false);
        }
    }

    @GetMapping("/tournaments")
    String initStartForm(@AuthenticationPrincipal @Nullable SignedInUser user, Model model) {
        model.addAttribute("tournamentForm", TournamentForm.withDefaults());
        return listPage(user, model);
    }

    @PostMapping("/tournaments")
    String processStartForm(
            @ModelAttribute("tournamentForm") TournamentForm form,
            BindingResult result,
            @RequestParam(name = "edit", required = false) @Nullable String edit,
            @AuthenticationPrincipal @Nullable SignedInUser user,
            Model model) {
        if (user == null) {
            return SIGN_IN;
        }
        form.normalise();
        if (edit != null) {
            form.edit(edit);
            return listPage(user, model);
        }
        Optional<TournamentRequest> request = form.toRequest(result);
        if (request.isEmpty()) {
            return listPage(user, model);
        }
        try {
            return "redirect:/tournaments/"
                    + tournaments.start(request.get(), user.id()).id();
        } catch (InvalidTournamentException invalid) {
            invalid.problems().forEach(problem -> reject(result, problem));
        } catch (TournamentRefusedException refused) {
            result.reject("refused", refused.detail());
        }
        return listPage(user, model);
    }

    @GetMapping("/tournaments/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal @Nullable SignedInUser user, Model model) {
        addTournament(id, user, model);
        return "tournaments/show";
    }

    /** The part of the page that changes while the tournament runs, for htmx to swap in. */
    @GetMapping("/tournaments/{id}/live")
    String live(@PathVariable long id, @AuthenticationPrincipal @Nullable SignedInUser user, Model model) {
        addTournament(id, user, model);
        return "tournaments/show :: live";
    }

    @PostMapping("/tournaments/{id}/cancel")
    String cancel(@PathVariable long id, @AuthenticationPrincipal @Nullable SignedInUser user) {
        if (user == null) {
            return SIGN_IN;
        }
        try {
            tournaments.cancel(id, user.id());
        } catch (TournamentRefusedException refused) {
            if (refused.status() != HttpStatus.CONFLICT) {
                throw refused; // not the owner: the 403 page
            }
            // over already (it finished while the button was on screen): the page shows how it ended
        }
        return "redirect:/tournaments/" + id;
    }

    private void addTournament(long id, @Nullable SignedInUser user, Model model) {
        TournamentView tournament = tournaments.require(id);
        model.addAttribute("tournament", tournament);
        model.addAttribute(
                "mayCancel", !tournament.status().over() && tournament.ownedBy(user == null ? null : user.id()));
        model.addAttribute("ratingNote", TournamentResponses.RATING_NOTE);
    }

    private String listPage(@Nullable SignedInUser user, Model model) {
        model.addAttribute("signedIn", user != null);
        model.addAttribute("tournaments", tournaments.list(LISTED));
        model.addAttribute("strategies", StrategyOption.all());
        model.addAttribute("maxAgents", TournamentForm.MAX_AGENTS);
        return "tournaments/index";
    }

    /** The message at its field; a field the form does not show (or no longer has) gets it on top. */
    private static void reject(BindingResult result, InvalidTournamentException.FieldProblem problem) {
        try {
            result.rejectValue(problem.field(), "invalid", problem.message());
        } catch (BeansException notAField) {
            result.reject("invalid", problem.field() + " " + problem.message());
        }
    }
}

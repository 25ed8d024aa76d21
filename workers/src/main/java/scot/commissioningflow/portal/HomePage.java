package scot.commissioningflow.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: where the signed-in person starts, for each of their roles (the layout's navigation, at length). */
@Controller
class HomePage extends Pages {

    @GetMapping("/")
    String home() {
        return "portal/home";
    }
}

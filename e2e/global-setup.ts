import { chromiumExecutable } from "./browser";

export default function globalSetup() {
  if (!chromiumExecutable()) {
    throw new Error(
      "No Chromium browser found for the end-to-end tests.\n" +
        "Install one, then run the tests again:\n" +
        "  Debian/Ubuntu:  sudo apt-get install chromium\n" +
        "  or:             npx playwright install chromium\n" +
        "  or point CHROMIUM_PATH at an existing Chromium or Chrome executable.",
    );
  }
}

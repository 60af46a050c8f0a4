/** Sidebar entry: renders the page. Text is set with textContent, never as HTML. */
const app = document.getElementById("app");
if (app !== null) {
  const heading = document.createElement("h1");
  heading.textContent = "Bussola CX";
  app.append(heading);
}

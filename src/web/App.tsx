import { Link, Route, Switch } from "wouter";
import { BrowsePage } from "./pages/BrowsePage";
import { ComparePage } from "./pages/ComparePage";
import { Home } from "./pages/Home";
import { LineagePage } from "./pages/LineagePage";
import { ModelPage } from "./pages/ModelPage";

export function App() {
  return (
    <>
      <header className="top">
        <Link href="/" className="brand">
          modelgraph
        </Link>
        <nav aria-label="Main">
          <Link href="/models">Models</Link>
          <Link href="/compare">Compare</Link>
          <a href="/explorer">Explorer</a>
          <a href="/graphql">API</a>
        </nav>
      </header>
      <main>
        <Switch>
          <Route path="/" component={Home} />
          <Route path="/compare" component={ComparePage} />
          <Route path="/models" component={BrowsePage} />
          <Route path="/models/:slug/lineage">
            {(params) => <LineagePage slug={params.slug} />}
          </Route>
          <Route path="/models/:slug">{(params) => <ModelPage slug={params.slug} />}</Route>
          <Route>
            <h1>Not found</h1>
            <p>
              No page here. <Link href="/">Back to the start</Link>.
            </p>
          </Route>
        </Switch>
      </main>
    </>
  );
}

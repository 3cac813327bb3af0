import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  retainSearchParams,
} from '@tanstack/react-router';
import { Layout } from './components/layout.js';
import { NotFound } from './components/not-found.js';
import { RouteError } from './components/route-error.js';
import {
  compareSearch,
  countrySearch,
  indicatorSearch,
  methodologySearch,
  overviewSearch,
  rootSearch,
} from './routes/search.js';
import { planSearch } from './plan/common/search.js';

const rootRoute = createRootRoute({
  validateSearch: rootSearch,
  search: { middlewares: [retainSearchParams(['lang'])] },
  component: Layout,
  notFoundComponent: NotFound,
});

const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: overviewSearch,
  component: lazyRouteComponent(() => import('./routes/overview.js'), 'OverviewPage'),
});
const countryIndexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/country',
  component: lazyRouteComponent(() => import('./routes/country.js'), 'CountryIndexPage'),
});
export const countryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/country/$iso3',
  validateSearch: countrySearch,
  component: lazyRouteComponent(() => import('./routes/country.js'), 'CountryPage'),
});
const indicatorsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/indicators',
  validateSearch: indicatorSearch,
  component: lazyRouteComponent(() => import('./routes/indicators.js'), 'IndicatorsPage'),
});
const compareRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/compare',
  validateSearch: compareSearch,
  component: lazyRouteComponent(() => import('./routes/compare.js'), 'ComparePage'),
});
const methodologyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/methodology',
  validateSearch: methodologySearch,
  component: lazyRouteComponent(() => import('./routes/methodology.js'), 'MethodologyPage'),
});
const initiativesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/initiatives',
  component: lazyRouteComponent(() => import('./routes/initiatives.js'), 'InitiativesPage'),
});
const importRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/import',
  component: lazyRouteComponent(() => import('./routes/import.js'), 'ImportPage'),
});
const plansRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/plans',
  component: lazyRouteComponent(() => import('./routes/plans.js'), 'PlansPage'),
});
const planRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/plan/$planId',
  validateSearch: planSearch,
  component: lazyRouteComponent(() => import('./routes/plan.js'), 'PlanPage'),
});

const routeTree = rootRoute.addChildren([
  overviewRoute,
  countryIndexRoute,
  countryRoute,
  indicatorsRoute,
  compareRoute,
  methodologyRoute,
  initiativesRoute,
  importRoute,
  plansRoute,
  planRoute,
]);

export const router = createRouter({
  routeTree,
  defaultPreload: 'intent',
  scrollRestoration: true,
  defaultErrorComponent: RouteError,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

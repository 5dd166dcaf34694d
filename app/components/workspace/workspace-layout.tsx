/**
 * A workspace's layout route, once: the frame (name, sections) around the section's page, and
 * an error boundary that keeps the frame around the error's message, so a failing section does
 * not lose the workspace's navigation. Each workspace only writes its frame.
 */
import type { SerializeFrom } from "@remix-run/node";
import { Outlet, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import type { ComponentType, ReactNode } from "react";
import { RouteErrorPage } from "~/components/error-page";

export type FrameProps<L> = { data: SerializeFrom<L>; children: ReactNode };

export function workspaceLayout<L>(routeId: string, Frame: ComponentType<FrameProps<L>>) {
  function WorkspaceLayout() {
    return (
      <Frame data={useLoaderData<L>()}>
        <Outlet />
      </Frame>
    );
  }
  function WorkspaceErrorBoundary() {
    const data = useRouteLoaderData<L>(routeId);
    return data ? (
      <Frame data={data}>
        <RouteErrorPage />
      </Frame>
    ) : (
      <RouteErrorPage />
    );
  }
  return { Layout: WorkspaceLayout, ErrorBoundary: WorkspaceErrorBoundary };
}

import { LoadingState } from "@/components/loading-state";

// In a route group, so it wraps the burn page alone: a loading boundary above /ps/sows/[id] would stream that page
// before it can answer 404 for an absent SOW.
export default LoadingState;

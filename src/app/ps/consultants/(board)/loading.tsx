import { LoadingState } from "@/components/loading-state";

// In a route group, so it covers the board and the list only: above [id] it would stream the consultant's page and
// turn a missing consultant's 404 into a 200.
export default LoadingState;

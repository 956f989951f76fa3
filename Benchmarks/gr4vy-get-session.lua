-- wrk: GET /checkout/sessions/{id} with the sandbox bearer token; the path comes from wrk's URL.
wrk.method = "GET"
wrk.headers["Authorization"] = "Bearer sandbox-token"

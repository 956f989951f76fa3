-- wrk: POST /checkout with the Stripe seed's example cart.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"items":[{"name":"Product 1","product":"https://example.com/product1.jpg","price":19.99,"quantity":2}]}'

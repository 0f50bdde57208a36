function [p, err] = fit_poly(x, y, n)
% FIT_POLY Fit a polynomial of degree n.
%   [p, err] = fit_poly(x, y, n) returns coefficients and error.
%{
Block comment
%}
if nargin < 3
    n = 2;  % default degree
end
x = x(:); y = y(:);
A = zeros(numel(x), n + 1);
for k = 0:n
    A(:, k + 1) = x .^ k;
end
p = A \ y;
err = norm(A * p - y) / sqrt(length(y));
fprintf('Error: %g\n', err);
label = "fit of degree " + string(n);
s = 'It''s a char array';
t = x';
M = [1 2 3; 4 5 6] * 1.5e-3;
result = cellfun(@(v) v * 2, {1, 2, 3}, ...
    'UniformOutput', false);
while true
    break
end
switch n
    case {1, 2}
        disp('low')
    otherwise
        warning('high degree: %d', n);
end
!ls -la
end
